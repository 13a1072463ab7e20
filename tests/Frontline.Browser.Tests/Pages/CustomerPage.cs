using Microsoft.Playwright;

namespace Frontline.Browser.Tests.Pages;

/// <summary>/customers/{id}: who the customer is, their cases, their assets and their timeline.</summary>
public sealed class CustomerPage(IPage page)
{
    public ILocator Name => page.GetByRole(AriaRole.Heading, new() { Level = 1 });
    public ILocator AssetsHeading => page.GetByRole(AriaRole.Heading, new() { Name = "Assets" });
    public ILocator Assets => page.GetByRole(AriaRole.Table)
        .Filter(new() { Has = page.GetByRole(AriaRole.Columnheader, new() { Name = "Warranty" }) })
        .Locator("tbody tr");

    public ILocator Warranty(string text) => Assets.GetByRole(AriaRole.Cell, new() { Name = text, Exact = true });

    public async Task<CasePage> OpenCaseAsync(string subject)
    {
        await page.GetByRole(AriaRole.Row).Filter(new() { HasText = subject }).GetByRole(AriaRole.Link).ClickAsync();
        await page.WaitForURLAsync("**/cases/*");
        return new CasePage(page);
    }
}
