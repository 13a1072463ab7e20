using System.Text.Json;
using Microsoft.Playwright;

namespace Frontline.Browser.Tests.Pages;

/// <summary>The home screen under the search box: a tile per list with its count, and the call-backs due.</summary>
public sealed class HomePage(IPage page)
{
    public ILocator Tile(string key) => page.Locator($"#tile-{key}");

    public ILocator Count(string key) => Tile(key).Locator(".home-tile-count");

    public ILocator CallBacksDue => page.Locator("#call-backs-due li");

    public ILocator CallBack(string customerName) => CallBacksDue.Filter(new() { HasText = $"Call {customerName}" });

    public async Task<HomePage> OpenAsync()
    {
        await page.GotoAsync("/");
        await Interactivity.WaitAsync(page);
        return this;
    }

    /// <summary>Waits until the page listens on the live line for cases, notifications and call-backs.</summary>
    public Task ListeningAsync() => page.WaitForFunctionAsync(
        "() => document.body.dataset.liveQueues === 'true' && document.body.dataset.liveCallBacks === 'true'");

    /// <summary>The counts the API gives the same person now, to compare with the tiles.</summary>
    public async Task<JsonElement> CountsAsync() =>
        JsonDocument.Parse(await (await page.APIRequest.GetAsync("/api/v1/me/home?take=0")).TextAsync())
            .RootElement.GetProperty("counts");
}
