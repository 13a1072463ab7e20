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

    /// <summary>Opens a new case from the form on the page; lands on the new case.</summary>
    public async Task<CasePage> OpenNewCaseAsync(string category, string subject, string description)
    {
        await Interactivity.WaitAsync(page);
        await MudSelect.ChooseAsync(page, "Category", category);
        await page.Locator("#case-subject").FillAsync(subject);
        await page.Locator("#case-description").FillAsync(description);
        await page.Locator("#case-open").ClickAsync();
        var opened = page.WaitForURLAsync("**/cases/*", Navigation.Committed);
        var refused = page.Locator("#open-case-error").WaitForAsync();
        if (await Task.WhenAny(opened, refused) == refused && !opened.IsCompleted)
            throw new InvalidOperationException($"The case was not opened: {await page.Locator("#open-case-error").TextContentAsync()}");
        try
        {
            await opened;
        }
        catch (TimeoutException)
        {
            await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, "open-case-timeout.txt"), $"{page.Url}\n{await page.ContentAsync()}");
            await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "open-case-timeout.png"), FullPage = true });
            throw;
        }
        return new CasePage(page);
    }

    public async Task<CasePage> OpenCaseAsync(string subject)
    {
        // a link clicked while the page is still connecting can be lost: wait until it is interactive
        await Interactivity.WaitAsync(page);
        await page.GetByRole(AriaRole.Row).Filter(new() { HasText = subject }).GetByRole(AriaRole.Link).ClickAsync();
        await page.WaitForURLAsync("**/cases/*", Navigation.Committed);
        return new CasePage(page);
    }
}
