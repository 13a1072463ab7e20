using Frontline.Browser.Tests.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Frontline.Browser.Tests.Journeys;

/// <summary>
/// The computer that does not say no: a change-fee waiver beyond the agent's limit goes to a team lead, who approves
/// it (the remote replaced inside the sandbox is <see cref="TheTvRemoteStory"/>).
/// </summary>
[Collection(nameof(DemoSite))]
public sealed class GesturesInsideAndBeyondTheSandbox(DemoSite site)
{
    [Fact]
    public async Task A_lead_approves_a_change_fee_waiver_beyond_the_agents_limit_while_the_agents_screen_updates_live()
    {
        var agentPage = await site.NewPageAsync();
        var @case = await OpenCaseAsync(agentPage, DemoSite.Agent, "priya.raman@northwind.example", "Priya Raman", "Change fee of $180");
        var panel = @case.Gestures;

        await @case.LiveAsync();
        await panel.FillAsync("Fee waiver", 180, "Booked with her colleague, who paid no change fee.");
        await panel.CheckAsync();
        await Expect(panel.Verdict).ToContainTextAsync("Needs approval by a team lead before");
        await Expect(panel.Verdict).ToContainTextAsync("Offer a travel credit of the fee");
        await panel.GrantAsync("Booked with her colleague, who paid no change fee.");
        await Expect(panel.Requested).ToContainTextAsync("sent to a team lead");

        var leadPage = await site.NewPageAsync();
        await (await new SignInPage(leadPage).OpenAsync()).SignInAsync(DemoSite.TeamLead, DemoSite.Password);
        var approvals = await new ApprovalsPage(leadPage).OpenAsync();
        await Expect(approvals.Request("Priya Raman")).ToContainTextAsync("fee waiver of 180.00 USD");
        (await Accessibility.SeriousViolationsAsync(leadPage)).ShouldBeEmpty();
        await Screenshots.SaveAsync(leadPage, "approvals.png");
        await approvals.ApproveAsync("Priya Raman", "Same booking as her colleague: treat them alike.");
        await Expect(approvals.Decided).ToContainTextAsync("approved fee waiver of 180.00 USD");
        await Expect(approvals.Request("Priya Raman")).ToHaveCountAsync(0);

        // the agent's screen shows the decision without a reload
        await Expect(@case.Timeline.Filter(new() { HasText = "Lee Lead approved fee waiver of 180.00 USD" })).ToBeVisibleAsync();
    }

    private static async Task<CasePage> OpenCaseAsync(IPage page, string email, string search, string customer, string subject)
    {
        var signIn = await new SignInPage(page).OpenAsync();
        var searchPage = await signIn.SignInAsync(email, DemoSite.Password);
        await searchPage.SearchAsync(search);
        var customerPage = await searchPage.OpenCustomerAsync(customer);
        var @case = await customerPage.OpenCaseAsync(subject);
        await Interactivity.WaitAsync(page);
        return @case;
    }
}
