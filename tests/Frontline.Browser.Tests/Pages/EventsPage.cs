using Microsoft.Playwright;

namespace Frontline.Browser.Tests.Pages;

/// <summary>/admin/events: deliveries waiting after failures, and the latest events filtered by type.</summary>
public sealed class EventsPage(IPage page)
{
    public ILocator Latest => page.Locator("#latest-events tbody tr");
    public ILocator Parked => page.Locator("#parked tbody tr");
    public ILocator NothingParked => page.Locator("#parked-empty");
    public ILocator Done => page.Locator("#events-done");

    public async Task<EventsPage> OpenAsync()
    {
        await page.GotoAsync("/admin/events");
        await Interactivity.WaitAsync(page);
        return this;
    }

    public Task FilterByTypeAsync(string type) => page.GetByLabel("Type").SelectOptionAsync(new SelectOptionValue { Label = type });

    public Task TryAgainAsync(ILocator parked) => parked.Locator(".parked-retry").ClickAsync();
}
