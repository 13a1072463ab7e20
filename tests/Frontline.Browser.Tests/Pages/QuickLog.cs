using System.Globalization;
using Microsoft.Playwright;

namespace Frontline.Browser.Tests.Pages;

/// <summary>"Log a call" and "Log a visit" on the customer and case pages: pick which, then save.</summary>
public sealed class QuickLog(IPage page)
{
    public ILocator Saved => page.Locator("#quick-log-saved");

    /// <param name="which">The button: "Log a call" or "Log a visit".</param>
    public async Task LogAsync(string which, string? outcome = null, string? notes = null, int? minutes = null)
    {
        await Interactivity.WaitAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = which }).ClickAsync();
        if (minutes is { } m) await page.Locator("#quick-log-minutes").FillAsync(m.ToString(CultureInfo.InvariantCulture));
        if (outcome is not null) await page.Locator("#quick-log .mud-chip").Filter(new() { HasText = outcome }).ClickAsync();
        if (notes is not null) await page.Locator("#quick-log-notes").FillAsync(notes);
        await page.Locator("#quick-log-save").ClickAsync();
        await Assertions.Expect(Saved).ToBeVisibleAsync();
    }
}
