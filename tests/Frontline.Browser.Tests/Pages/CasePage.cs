using Microsoft.Playwright;

namespace Frontline.Browser.Tests.Pages;

/// <summary>/cases/{id}: the case's number and subject, its status and its timeline.</summary>
public sealed class CasePage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });
    public ILocator Status => page.Locator("#case-status");
    public ILocator Timeline => page.Locator(".timeline-body");
}
