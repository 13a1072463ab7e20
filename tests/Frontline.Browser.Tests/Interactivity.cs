using Microsoft.Playwright;

namespace Frontline.Browser.Tests;

/// <summary>Blazor Server pages take input only once their circuit is up; the layout marks that moment.</summary>
internal static class Interactivity
{
    public static Task WaitAsync(IPage page) =>
        page.Locator("#frontline-interactive").WaitForAsync(new() { State = WaitForSelectorState.Attached });
}
