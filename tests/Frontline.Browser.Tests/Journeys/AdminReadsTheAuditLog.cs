using Frontline.Browser.Tests.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Frontline.Browser.Tests.Journeys;

/// <summary>Someone tries the audit page without signing in; an admin then finds that attempt in the log.</summary>
[Collection(nameof(DemoSite))]
public sealed class AdminReadsTheAuditLog(DemoSite site)
{
    [Fact]
    public async Task An_admin_filters_the_log_by_type_and_sees_the_refused_attempt()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/admin/audit");
        await Expect(new SignInPage(page).Heading).ToBeVisibleAsync();
        await new SignInPage(page).SignInAsync(DemoSite.Admin, DemoSite.Password);
        await AdminCentre.GoToAsync(page, "Audit log");
        await Interactivity.WaitAsync(page);
        var audit = new AuditPage(page);

        var refused = await audit.FilterUntilShownAsync("access.denied", "GET /admin/audit");

        await Expect(refused.First).ToContainTextAsync("anonymous");
        await Expect(refused.First).ToContainTextAsync("Unauthenticated (401)");
        await Expect(refused.First).ToContainTextAsync("Nobody was signed in.");
        await Expect(page.Locator("#audit-rows tbody tr:not([data-type='access.denied'])")).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(page, "audit-log.png");
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
    }
}
