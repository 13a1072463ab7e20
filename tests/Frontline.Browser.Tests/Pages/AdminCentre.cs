using Microsoft.Playwright;

namespace Frontline.Browser.Tests.Pages;

/// <summary>/admin: the one "Admin" link in the top bar leads to every admin screen, one line each.</summary>
public static class AdminCentre
{
    public static async Task GoToAsync(IPage page, string screen)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Admin", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/admin", Navigation.Committed);
        await page.Locator("#admin-screens").GetByRole(AriaRole.Link, new() { Name = screen, Exact = true }).ClickAsync();
    }
}
