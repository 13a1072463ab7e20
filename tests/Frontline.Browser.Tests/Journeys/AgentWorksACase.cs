using System.Text.RegularExpressions;
using Frontline.Browser.Tests.Pages;
using static Microsoft.Playwright.Assertions;

namespace Frontline.Browser.Tests.Journeys;

/// <summary>The two-million-mile flyer writes in; the agent opens the case, answers it and resolves it.</summary>
[Collection(nameof(DemoSite))]
public sealed class AgentWorksACase(DemoSite site)
{
    [Fact]
    public async Task Agent_opens_a_case_writes_to_its_timeline_and_resolves_it()
    {
        var page = await site.NewPageAsync();
        var signIn = await new SignInPage(page).OpenAsync();
        var search = await signIn.SignInAsync(DemoSite.Agent, DemoSite.Password);
        await search.SearchAsync("george.halvorsen@example.com");
        var customer = await search.OpenCustomerAsync("George Halvorsen");
        var georgesPage = page.Url;

        var @case = await customer.OpenNewCaseAsync("Complaint", "Seat did not recline on DEL-JFK",
            "Seat 32C did not recline for the whole 16 hours.");

        await Expect(@case.Heading).ToHaveTextAsync(new Regex(@"^C-\d{6}: Seat did not recline on DEL-JFK$"));
        await Expect(@case.Timeline.Filter(new() { HasText = "Seat 32C did not recline" })).ToBeVisibleAsync();

        await @case.AddToTimelineAsync(" ");
        await Expect(@case.Error).ToContainTextAsync("body: Is required.");

        await @case.AddToTimelineAsync("Apologised and offered 5,000 bonus miles.");
        await Expect(@case.Timeline.Filter(new() { HasText = "offered 5,000 bonus miles" })).ToBeVisibleAsync();
        await new QuickLog(page).LogAsync("Log a call", "Solved", "Called George back about the seat; apology accepted.", minutes: 4);
        await Expect(page.Locator(".timeline li").Filter(new() { HasText = "Called George back" })).ToContainTextAsync("4 min · Solved");
        await @case.ResolveAsync("Apology accepted; the bonus miles are on his account.");

        await Expect(@case.Status).ToHaveTextAsync("Resolved");
        await Expect(@case.Timeline.Filter(new() { HasText = "Status changed from Open to Resolved by Alex Agent." }))
            .ToContainTextAsync("Resolution note: Apology accepted; the bonus miles are on his account.");
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();

        // George calls again the next day about something else: two clicks log it on his timeline, without a case
        await page.GotoAsync(georgesPage);
        await new QuickLog(page).LogAsync("Log a call");
        await Expect(page.Locator(".timeline li").First).ToContainTextAsync("Phone · Inbound");
        await Expect(page.Locator(".timeline li").First).ToContainTextAsync("Call: logged.");
    }
}
