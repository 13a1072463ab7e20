using Frontline.Browser.Tests.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Frontline.Browser.Tests.Journeys;

/// <summary>A manager sets how fast billing cases are answered, and gives a team a holiday.</summary>
[Collection(nameof(DemoSite))]
public sealed class ManagerSetsServiceLevels(DemoSite site)
{
    [Fact]
    public async Task A_manager_sets_a_category_target_and_a_team_holiday()
    {
        var page = await site.NewPageAsync();
        await (await new SignInPage(page).OpenAsync()).SignInAsync(DemoSite.Manager, DemoSite.Password);
        await page.GetByRole(AriaRole.Link, new() { Name = "Service levels" }).ClickAsync();
        await Interactivity.WaitAsync(page);

        await MudSelect.PickAsync(page, page.Locator(".sla-category .mud-select").First, "Billing");
        await MudSelect.PickAsync(page, page.Locator(".sla-priority .mud-select").First, "High");
        await page.Locator("#sla-first").FillAsync("1");
        await page.Locator("#sla-resolution").FillAsync("6");
        await page.Locator("#sla-save").ClickAsync();
        await Expect(page.Locator("#sla-targets tr").Filter(new() { HasText = "Billing" })).ToContainTextAsync("High16");

        await page.Locator("#calendar-teams").GetByRole(AriaRole.Button, new() { Name = "Airline Service Desk" }).ClickAsync();
        var holiday = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd");
        await page.Locator("#holiday-date").FillAsync(holiday);
        await page.Locator("#holiday-name").FillAsync("Company day");
        await page.Locator("#holiday-add").ClickAsync();
        await page.Locator("#calendar-save").ClickAsync();
        await Expect(page.Locator("#calendar-message")).ToContainTextAsync("Saved");
        await Expect(page.Locator("#calendar-holidays")).ToContainTextAsync($"{holiday} Company day");
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
    }
}
