using Microsoft.Playwright;

namespace Frontline.Browser.Tests;

/// <summary>Picks an option of a MudBlazor select by its label: open the list, click the option.</summary>
internal static class MudSelect
{
    public static async Task ChooseAsync(IPage page, string label, string option) =>
        await PickAsync(page, page.Locator(".mud-select").Filter(new() { Has = page.Locator("label", new() { HasText = label }) }).First, option);

    /// <summary>Picks an option of the select found by <paramref name="select"/>.</summary>
    public static async Task PickAsync(IPage page, ILocator select, string option)
    {
        await select.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = option }).First.ClickAsync();
        // the list closes once the choice has reached the server
        await page.Locator(".mud-popover-open .mud-list-item").First.WaitForAsync(new() { State = WaitForSelectorState.Detached });
    }
}
