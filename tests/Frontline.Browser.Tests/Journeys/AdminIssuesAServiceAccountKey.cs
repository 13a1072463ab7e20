using Frontline.Browser.Tests.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Frontline.Browser.Tests.Journeys;

/// <summary>An admin gives the shop's order system its own service account in a team, and a key for it.</summary>
[Collection(nameof(DemoSite))]
public sealed class AdminIssuesAServiceAccountKey(DemoSite site)
{
    [Fact]
    public async Task An_admin_issues_a_key_for_a_service_account_and_sees_the_secret_once()
    {
        var page = await site.NewPageAsync();
        await (await new SignInPage(page).OpenAsync()).SignInAsync(DemoSite.Admin, DemoSite.Password);
        await AdminCentre.GoToAsync(page, "API keys");
        await Interactivity.WaitAsync(page);
        var keys = new ApiKeysPage(page);
        var account = $"Order system {Guid.NewGuid():N}"[..21];

        await keys.CreateServiceAccountAsync(account, "Airline Service Desk", "Raises goodwill requests from the order system");
        await Expect(keys.Accounts.Locator($"[data-account='{account}']")).ToContainTextAsync("Airline Service Desk");
        await keys.IssueAsync("order sync", "agent", $"service account {account}");

        await Expect(keys.Secret).ToContainTextAsync("fl_");
        await Expect(keys.Keys.Locator("tr").Filter(new() { HasText = $"service account {account}" })).ToContainTextAsync("order sync");
        await Screenshots.SaveAsync(page, "api-keys.png");
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
        await keys.OpenAsync();
        await Expect(keys.Secret).ToHaveCountAsync(0);
        await Expect(keys.Keys).ToContainTextAsync($"service account {account}");
    }
}
