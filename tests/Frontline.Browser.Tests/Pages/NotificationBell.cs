using Microsoft.Playwright;

namespace Frontline.Browser.Tests.Pages;

/// <summary>The bell on every staff page: its unread count and the panel of the latest notifications.</summary>
public sealed class NotificationBell(IPage page)
{
    public ILocator Button => page.Locator("#bell");
    public ILocator Count => page.Locator("#bell-count");
    public ILocator Panel => page.Locator("#bell-panel");

    /// <summary>Waits until the page listens for the person's notifications on the live line.</summary>
    public Task ListeningAsync() => page.WaitForFunctionAsync("() => document.body.dataset.liveNotifications === 'true'");

    public async Task OpenAsync()
    {
        await Button.ClickAsync();
        await Panel.WaitForAsync();
    }

    public ILocator Link(string text) => Panel.GetByRole(AriaRole.Link).Filter(new() { HasText = text });
}
