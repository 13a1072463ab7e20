using Microsoft.Playwright;

namespace Frontline.Browser.Tests.Pages;

/// <summary>/admin/audit: the admins' audit log, filtered by who, type, case, outcome and dates.</summary>
public sealed class AuditPage(IPage page)
{
    public ILocator Rows => page.Locator("#audit-rows tbody tr");

    public async Task FilterByTypeAsync(string type)
    {
        await page.GetByLabel("Type").SelectOptionAsync(new SelectOptionValue { Label = type });
        await page.Locator("#audit-filter").ClickAsync();
    }

    /// <summary>Filters until a row with <paramref name="text"/> shows: the log is written just after the fact.</summary>
    public async Task<ILocator> FilterUntilShownAsync(string type, string text)
    {
        var row = Rows.Filter(new() { HasText = text });
        for (var attempt = 0; attempt < 20; attempt++)
        {
            await FilterByTypeAsync(type);
            if (await row.CountAsync() > 0) break;
            await page.WaitForTimeoutAsync(500);
        }
        return row;
    }
}
