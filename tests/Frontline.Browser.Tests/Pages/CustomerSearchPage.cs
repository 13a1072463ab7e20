using Microsoft.Playwright;

namespace Frontline.Browser.Tests.Pages;

/// <summary>/: the search box an agent starts every contact with.</summary>
public sealed class CustomerSearchPage(IPage page)
{
    public async Task SearchAsync(string text)
    {
        await Interactivity.WaitAsync(page);
        await page.Locator("#customer-search").FillAsync(text);
        await page.Locator("#customer-search").PressAsync("Enter");
        await page.WaitForURLAsync(url => System.Web.HttpUtility.ParseQueryString(new Uri(url).Query)["q"] == text, Navigation.Committed);
    }

    /// <summary>A case number (C-000042) in the search box goes straight to the case.</summary>
    public async Task<CasePage> OpenCaseAsync(string number)
    {
        await Interactivity.WaitAsync(page);
        await page.Locator("#customer-search").FillAsync(number);
        await page.Locator("#customer-search").PressAsync("Enter");
        await page.WaitForURLAsync("**/cases/*", Navigation.Committed);
        return new CasePage(page);
    }

    public async Task<CustomerPage> OpenCustomerAsync(string name)
    {
        // a link clicked while the page is still connecting can be lost: wait until it is interactive
        await Interactivity.WaitAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/customers/*", Navigation.Committed);
        return new CustomerPage(page);
    }
}
