using System.Net;
using Frontline.Approvals;
using Frontline.Authority;
using Frontline.Gestures;
using Frontline.Guidelines;
using Frontline.Identity;
using Frontline.Tests.Infrastructure;

namespace Frontline.Tests.Gestures;

/// <summary>The essays' stories, told through the API.</summary>
public abstract class GestureStoriesTests(ApiFixture fx)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    private static readonly GuidelineContent RemoteGuideline = new(
        [new(Fact.DaysSinceWarrantyEnd, Comparison.AtMost, "30"), new(Fact.AssetCount, Comparison.AtLeast, "10")],
        "Out of warranty: sell a new remote at the list price.",
        [new("free-replacement", 29, "For a loyal customer with many devices")], ["Sell a new remote at 20% off"], Roles.TeamLead);

    [Fact]
    public async Task The_remote_23_days_out_of_warranty_is_replaced_free_by_a_store_agent_with_that_authority()
    {
        var world = await (await new GestureScenario(fx).CategoryAsync("Remote")).GuidelineAsync(RemoteGuideline);
        var teamGrant = await world.GrantAsync(new
        {
            holderKind = "Team", holderTeamId = world.TeamId, gesture = "free-replacement",
            categoryIds = new[] { world.CategoryId }, maxPerGesture = 50, currency = "EUR"
        });
        var (_, storeAgent) = await fx.NewAgentAsync("Store Agent", Roles.Agent, world.TeamId);
        var (customer, remote) = await DanaAsync(world, storeAgent);
        var @case = await world.CaseAsync(storeAgent, customer, "TV remote stopped working", remote);

        var evaluation = await (await storeAgent.PostJsonAsync($"/api/v1/cases/{@case.Id}/gestures/evaluate",
            new { gesture = "free-replacement", amount = 29 })).ReadAsync<Evaluation>();
        var granted = await storeAgent.PostJsonAsync($"/api/v1/cases/{@case.Id}/gestures",
            new { gesture = "free-replacement", amount = 29, reason = "Fourteen devices with us; the remote is 23 days out of warranty." });

        evaluation.Verdict.ShouldBe(Verdict.GrantNow);
        evaluation.Options.Single().WithinYourAuthority.ShouldBeTrue();
        granted.StatusCode.ShouldBe(HttpStatusCode.Created, await granted.Content.ReadAsStringAsync());
        var ledger = (await granted.ReadAsync<GrantResult>()).Granted!;
        ledger.GrantId.ShouldBe(teamGrant);
        ledger.GuidelineVersion.ShouldBe(1);
    }

    [Fact]
    public async Task Without_that_authority_the_remote_goes_to_the_store_lead_with_the_alternatives_shown_and_the_lead_approves()
    {
        var world = await (await new GestureScenario(fx).CategoryAsync("Remote")).GuidelineAsync(RemoteGuideline);
        await world.GrantAsync(new
        {
            holderKind = "Role", holderRole = "TeamLead", gesture = "free-replacement",
            categoryIds = new[] { world.CategoryId }, maxPerGesture = 100, currency = "EUR"
        });
        var (_, agent) = await fx.NewAgentAsync("New Agent", Roles.Agent, world.TeamId);
        var (_, storeLead) = await fx.NewAgentAsync("Store Lead", Roles.TeamLead, world.TeamId);
        var (customer, remote) = await DanaAsync(world, agent);
        var @case = await world.CaseAsync(agent, customer, "TV remote stopped working", remote);

        var asked = await agent.PostJsonAsync($"/api/v1/cases/{@case.Id}/gestures",
            new { gesture = "free-replacement", amount = 29, reason = "Loyal customer, many devices." });

        asked.StatusCode.ShouldBe(HttpStatusCode.Accepted, await asked.Content.ReadAsStringAsync());
        var result = await asked.ReadAsync<GrantResult>();
        result.Evaluation.Alternatives.ShouldBe(["Sell a new remote at 20% off"]);
        result.Approval!.Level.ShouldBe(Roles.TeamLead);
        result.Approval.Status.ShouldBe(ApprovalStatus.Pending);
        var dossier = await (await storeLead.GetAsync($"/api/v1/approvals/{result.Approval.Id}")).ReadAsync<ApprovalDossier>();
        dossier.Case.Subject.ShouldBe("TV remote stopped working");
        dossier.Guideline!.Content.DefaultOutcome.ShouldBe(RemoteGuideline.DefaultOutcome);
        dossier.CustomerHistory.ShouldNotBeEmpty();
        var decided = await storeLead.PostJsonAsync($"/api/v1/approvals/{result.Approval.Id}/decision",
            new { decision = "Approve", note = "A new remote is on its way." });
        decided.StatusCode.ShouldBe(HttpStatusCode.OK, await decided.Content.ReadAsStringAsync());
        (await decided.ReadAsync<ApprovalView>()).Status.ShouldBe(ApprovalStatus.Approved);
        var timeline = await (await agent.GetAsync($"/api/v1/cases/{@case.Id}/timeline?pageSize=50")).Content.ReadAsStringAsync();
        timeline.ShouldContain("Good news: we can offer you a free replacement of 29.00 EUR.");
    }

    [Fact]
    public async Task The_unaccompanied_minor_service_in_business_class_returns_alternatives_and_an_approval_due_before_the_flight()
    {
        var world = await (await new GestureScenario(fx).CategoryAsync("Special service", "Asia/Kuala_Lumpur")).GuidelineAsync(new GuidelineContent(
            [new(Fact.ProductSku, Comparison.Is, "FLIGHT-J")], "The unaccompanied minor service is sold with economy tickets.",
            [new("service-add-on", 150, "Escort through immigration and to the gate")],
            ["Rebook both children in economy with the service", "Ground staff escort from check-in to the gate"], Roles.TeamLead));
        var agent = fx.As(Roles.Agent);
        var customer = await Given.CustomerAsync(agent, "Siti Rahman");
        var flight = await world.AssetAsync(agent, customer.Id, "FLIGHT-J", Today.AddDays(-20), serviceDate: Today.AddDays(7));
        var departure = DateTime.UtcNow.AddDays(7);
        var @case = await world.CaseAsync(agent, customer, "Unaccompanied minor service for two children (10 and 13)", flight.Id, departure);

        var result = await (await agent.PostJsonAsync($"/api/v1/cases/{@case.Id}/gestures",
            new { gesture = "service-add-on", amount = 150, reason = "The family will pay the fee and forgo the lounge." })).ReadAsync<GrantResult>();

        result.Evaluation.Verdict.ShouldBe(Verdict.NeedsApproval);
        result.Evaluation.Alternatives.Count.ShouldBe(2);
        result.Evaluation.DefaultOutcome.ShouldContain("economy");
        result.Approval!.DueBy.ShouldBeLessThan(departure);
    }

    [Fact]
    public async Task A_change_fee_waiver_above_the_agents_limit_routes_to_a_team_lead_and_one_within_it_is_granted()
    {
        var world = await (await new GestureScenario(fx).CategoryAsync("Change of booking", "America/New_York")).GuidelineAsync(new GuidelineContent(
            [], "Charge the change fee.", [new("fee-waiver", 180, "When a colleague on the same booking paid none")],
            ["Offer a travel credit of the fee"], Roles.TeamLead));
        await world.GrantAsync(new
        {
            holderKind = "Role", holderRole = "Agent", gesture = "fee-waiver", categoryIds = new[] { world.CategoryId },
            maxPerGesture = 50, currency = "USD"
        });
        await world.GrantAsync(new
        {
            holderKind = "Role", holderRole = "TeamLead", gesture = "fee-waiver", categoryIds = new[] { world.CategoryId },
            maxPerGesture = 200, currency = "USD"
        });
        var agent = fx.As(Roles.Agent);
        var priya = await Given.CustomerAsync(agent, "Priya Raman");
        var @case = await world.CaseAsync(agent, priya, "Change fee of $180; colleague paid none");

        var big = await agent.PostJsonAsync($"/api/v1/cases/{@case.Id}/gestures",
            new { gesture = "fee-waiver", amount = 180, currency = "USD", reason = "Colleague on the same booking paid no fee." });
        var small = await agent.PostJsonAsync($"/api/v1/cases/{@case.Id}/gestures",
            new { gesture = "fee-waiver", amount = 40, currency = "USD", reason = "Partial waiver." });

        big.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await big.ReadAsync<GrantResult>()).Approval!.Level.ShouldBe(Roles.TeamLead);
        small.StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    private async Task<(Frontline.Customers.CustomerDetails Customer, long RemoteId)> DanaAsync(GestureScenario world, HttpClient agent)
    {
        var dana = await Given.CustomerAsync(agent, "Dana Whitfield");
        for (var i = 0; i < 13; i++) await world.AssetAsync(agent, dana.Id, "TV-55-OLED", Today.AddDays(-100 - i));
        var remote = await world.AssetAsync(agent, dana.Id, "TV-REMOTE", Today.AddDays(-388), warrantyEndsOn: Today.AddDays(-23));
        return (dana, remote.Id);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class GestureStoriesOnSqlite(SqliteApi fx) : GestureStoriesTests(fx);

[Collection(PostgresCollection.Name)]
public sealed class GestureStoriesOnPostgres(PostgresApi fx) : GestureStoriesTests(fx);
