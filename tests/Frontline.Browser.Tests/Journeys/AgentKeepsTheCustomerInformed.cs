using Frontline.Browser.Tests.Pages;
using static Microsoft.Playwright.Assertions;

namespace Frontline.Browser.Tests.Journeys;

/// <summary>A case that cannot close today: the agent plans updates, and the first one goes out on schedule.</summary>
[Collection(nameof(DemoSite))]
public sealed class AgentKeepsTheCustomerInformed(DemoSite site)
{
    [Fact]
    public async Task A_proactive_update_goes_out_on_schedule_and_appears_on_the_case()
    {
        var page = await site.NewPageAsync();
        var search = await (await new SignInPage(page).OpenAsync()).SignInAsync(DemoSite.Agent, DemoSite.Password);
        await search.SearchAsync("george.halvorsen@example.com");
        var @case = await (await search.OpenCustomerAsync("George Halvorsen")).OpenCaseAsync("Laptop could not be charged");
        await @case.LiveAsync();

        await page.Locator("#update-every").FillAsync("24");
        await page.Locator("#update-first").FillAsync("0");
        await page.Locator("#update-message").FillAsync("Engineering is checking the seat power on that aircraft.");
        await page.Locator("#update-quiet").ClickAsync(); // any hour: the test runs day and night
        await page.Locator("#update-save").ClickAsync();
        await Expect(page.Locator("#update-plan-state")).ToContainTextAsync("Every 24 h");

        // the scheduler sends it within seconds; the timeline shows it without a reload
        await Expect(@case.Timeline.Filter(new() { HasText = "Engineering is checking the seat power" })).ToBeVisibleAsync();
        await Expect(page.Locator("#update-plan-state")).ToContainTextAsync("1 sent");
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
    }
}
