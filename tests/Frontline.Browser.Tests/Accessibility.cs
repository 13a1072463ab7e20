using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Frontline.Browser.Tests;

/// <summary>axe-core on the page as it stands; only serious and critical findings fail a test.</summary>
internal static class Accessibility
{
    private static readonly string[] Blocking = ["serious", "critical"];

    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        var result = await page.RunAxe();
        return [.. result.Violations
            .Where(v => Blocking.Contains(v.Impact))
            .Select(v => $"{v.Impact} {v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Html))}")];
    }
}
