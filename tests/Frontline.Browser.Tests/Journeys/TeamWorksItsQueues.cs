using Frontline.Browser.Tests.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Frontline.Browser.Tests.Journeys;

/// <summary>An agent takes a case from the team queue; the lead, watching the same queue, sees it change hands at once.</summary>
[Collection(nameof(DemoSite))]
public sealed class TeamWorksItsQueues(DemoSite site)
{
    [Fact]
    public async Task An_agent_takes_a_case_from_the_team_queue_and_the_leads_queue_shows_it_live()
    {
        var lead = await OpenTeamQueueAsync(DemoSite.TeamLead);
        var agent = await OpenTeamQueueAsync(DemoSite.Agent);
        var row = "[data-case]:has-text('Soundbar will not pair')";
        await Expect(lead.Locator(row)).ToContainTextAsync("Store Berlin Mitte");
        await Expect(agent.Locator(row).Locator("td").Nth(5)).ToContainTextAsync(new System.Text.RegularExpressions.Regex("answer|resolve"));

        await agent.Locator(row).GetByRole(AriaRole.Button, new() { Name = "Take" }).ClickAsync();

        await Expect(agent.Locator(row)).ToContainTextAsync("Alex Agent");
        await Expect(lead.Locator(row)).ToContainTextAsync("Alex Agent");
        await Expect(agent.Locator(row).Locator("td").Nth(6)).ToHaveTextAsync("1");
        await agent.Locator("[data-queue=Mine]").ClickAsync();
        await Expect(agent.Locator(row)).ToBeVisibleAsync();
        (await Accessibility.SeriousViolationsAsync(agent)).ShouldBeEmpty();
        await Screenshots.SaveAsync(lead, "queues.png");
    }

    private async Task<IPage> OpenTeamQueueAsync(string who)
    {
        var page = await site.NewPageAsync();
        await (await new SignInPage(page).OpenAsync()).SignInAsync(who, DemoSite.Password);
        await page.GotoAsync("/queues");
        await Interactivity.WaitAsync(page);
        await page.WaitForFunctionAsync("() => document.body.dataset.liveQueues === 'true'");
        await page.Locator("[data-queue=Team]").ClickAsync();
        return page;
    }
}
