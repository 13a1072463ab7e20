using Microsoft.Playwright;

namespace Frontline.Browser.Tests.Pages;

/// <summary>/admin/webhooks: the endpoints that receive events, the messages sent to one, and each message's attempts.</summary>
public sealed class WebhooksPage(IPage page)
{
    public ILocator Secret => page.Locator("#issued-secret");
    public ILocator Error => page.Locator("#hooks-error");
    public ILocator Messages => page.Locator("#webhook-messages tbody tr");
    public ILocator Attempts => page.Locator("#webhook-attempts tbody tr");

    public ILocator Endpoint(string url) => page.Locator($"#webhook-endpoints tr[data-endpoint='{url}']");

    public async Task<WebhooksPage> OpenAsync()
    {
        await page.GotoAsync("/admin/webhooks");
        await Interactivity.WaitAsync(page);
        return this;
    }

    public async Task RegisterAsync(string url, string eventType, string description)
    {
        await page.GetByLabel("URL").FillAsync(url);
        await page.GetByLabel("Events").SelectOptionAsync(new SelectOptionValue { Label = eventType });
        await page.GetByLabel("Description").FillAsync(description);
        await page.Locator("#hook-create").ClickAsync();
    }

    /// <summary>
    /// Shows the endpoint's messages until one of <paramref name="eventType"/> is listed in <paramref name="state"/>:
    /// it is made and sent just after the fact, and the list shows it as it was when asked for.
    /// </summary>
    public async Task<ILocator> MessagesUntilShownAsync(string url, string eventType, string state)
    {
        var row = Messages.Filter(new() { HasText = eventType }).Filter(new() { HasText = state });
        for (var attempt = 0; attempt < 30; attempt++)
        {
            await Endpoint(url).Locator(".endpoint-messages").ClickAsync();
            await page.Locator("#webhook-messages").WaitForAsync();
            if (await row.CountAsync() > 0) break;
            await page.WaitForTimeoutAsync(500);
        }
        return row;
    }

    public Task ShowAttemptsAsync(ILocator message) => message.Locator(".message-attempts").ClickAsync();

    public Task ReplayAsync() => page.Locator("#message-replay").ClickAsync();
}
