using Microsoft.Playwright;

namespace Frontline.Browser.Tests;

/// <summary>Picks an option of a MudBlazor select by its label: open the list, click the option.</summary>
internal static class MudSelect
{
    public static async Task ChooseAsync(IPage page, string label, string option)
    {
        await page.Locator(".mud-select").Filter(new() { Has = page.Locator("label", new() { HasText = label }) }).First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = option }).First.ClickAsync();
        // the list closes once the choice has reached the server
        await page.Locator(".mud-popover-open .mud-list-item").First.WaitForAsync(new() { State = WaitForSelectorState.Detached });
    }
}
