using Frontline.Browser.Tests.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Frontline.Browser.Tests.Journeys;

/// <summary>
/// Dana calls; the switchboard tells Frontline the call reached Alex, and Alex's screen offers her whole history
/// before she has said a word.
/// </summary>
[Collection(nameof(DemoSite))]
public sealed class ACallReachesTheAgent(DemoSite site)
{
    [Fact]
    public async Task The_agents_screen_offers_the_caller_opens_her_history_in_one_click_and_keeps_it_live()
    {
        var agent = await site.NewPageAsync();
        await (await new SignInPage(agent).OpenAsync()).SignInAsync(DemoSite.Agent, DemoSite.Password);
        await agent.WaitForFunctionAsync("() => document.body.dataset.liveCalls === 'true'");

        // the switchboard's integration, signed in apart from Alex
        var switchboard = await site.NewPageAsync();
        await (await new SignInPage(switchboard).OpenAsync()).SignInAsync(DemoSite.Admin, DemoSite.Password);
        var posted = await switchboard.APIRequest.PostAsync("/api/v1/telephony/events", new()
        {
            DataObject = new { @event = "Started", callId = Guid.NewGuid().ToString(), from = "+4930901820", direction = "Inbound", agent = DemoSite.Agent },
        });
        posted.Status.ShouldBe(200, await posted.TextAsync());

        var pop = agent.Locator("#call-pop");
        await Expect(pop).ToContainTextAsync("Call from Dana Whitfield (+4930901820)");
        (await Accessibility.SeriousViolationsAsync(agent)).ShouldBeEmpty();
        await agent.Locator("#call-pop-open").ClickAsync();
        await agent.WaitForURLAsync("**/customers/*", Navigation.Committed);
        await Expect(agent.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Dana Whitfield");
        await Expect(agent.GetByText("14 devices on record")).ToBeVisibleAsync();
        await Expect(pop).ToHaveCountAsync(0);

        // while they talk, Dana's e-mail arrives: her page shows it without a reload
        var customerId = new Uri(agent.Url).Segments[^1];
        await agent.WaitForFunctionAsync($"() => document.body.dataset.liveCustomer === '{customerId}'");
        var mailed = await switchboard.APIRequest.PostAsync($"/api/v1/customers/{customerId}/touchpoints", new()
        {
            DataObject = new { channel = "Email", direction = "Inbound", body = "Here is the photo of the remote, as promised on the phone." },
        });
        mailed.Status.ShouldBe(201, await mailed.TextAsync());
        await Expect(agent.Locator(".timeline li").First).ToContainTextAsync("as promised on the phone");
    }
}
