using Frontline.Testing;
using Microsoft.Playwright;

namespace Frontline.Browser.Tests;

/// <summary>Pictures of the main screens for docs/screenshots, taken as the journeys pass them.</summary>
internal static class Screenshots
{
    /// <summary>The whole page from its top: scrolled down, the app bar would be drawn over the middle of it.</summary>
    public static async Task SaveAsync(IPage page, string name)
    {
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new() { Path = Path.Combine(FrontlineProcess.RepositoryRoot, "docs", "screenshots", name), FullPage = true });
    }
}
