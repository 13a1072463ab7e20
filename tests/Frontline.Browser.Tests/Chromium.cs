using Microsoft.Playwright;

namespace Frontline.Browser.Tests;

/// <summary>The distribution's Chromium: the tests never download a browser of their own.</summary>
internal static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>Fails, never skips, when Chromium is missing, saying what to install.</summary>
    public static void EnsureInstalled()
    {
        if (!File.Exists(ExecutablePath))
            throw new InvalidOperationException(
                $"Chromium is missing at {ExecutablePath}. Install Debian's package: `apt-get update && apt-get install -y chromium`.");
    }

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
}
