using Frontline.Testing;
using Microsoft.Playwright;

namespace Frontline.Browser.Tests;

/// <summary>Pictures of the main screens for docs/screenshots, taken as the journeys pass them.</summary>
internal static class Screenshots
{
    public static Task SaveAsync(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(FrontlineProcess.RepositoryRoot, "docs", "screenshots", name), FullPage = true });
}
