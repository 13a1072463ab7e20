using System.Net;
using Frontline.Approvals;
using Frontline.Gestures;
using Frontline.Guidelines;
using Frontline.Identity;
using Frontline.Tests.Gestures;
using Frontline.Tests.Infrastructure;

namespace Frontline.Tests.Approvals;

/// <summary>Ways round the sandbox that must stay closed.</summary>
public abstract class SandboxLoopholeTests(ApiFixture fx)
{
    private static GuidelineContent Waivers => new([], "Charge the fee.", [new("fee-waiver", 100, null)], ["Offer a travel credit"], Roles.TeamLead);

    [Fact]
    public async Task Approvals_under_a_team_grant_count_against_the_team_budget()
    {
        var world = await (await new GestureScenario(fx).CategoryAsync("Team budget")).GuidelineAsync(Waivers);
        var categories = new[] { world.CategoryId };
        await world.GrantAsync(new
        {
            holderKind = "Role", holderRole = "TeamLead", gesture = "fee-waiver", categoryIds = categories,
            maxPerGesture = 100, currency = "EUR", budgetAmount = 100, budgetPeriod = "Week"
        });
        await world.GrantAsync(new
        {
            holderKind = "Team", holderTeamId = world.TeamId, gesture = "fee-waiver", categoryIds = categories,
            maxPerGesture = 100, currency = "EUR", budgetAmount = 150, budgetPeriod = "Week", budgetScope = "PerTeam"
        });
        // the asker works in the counter team, which has no grant; their lead also leads the store team, which has one
        var counter = await new GestureScenario(fx).CategoryAsync("Counter");
        var (_, lead) = await fx.NewAgentAsync("Store Lead", Roles.TeamLead, world.TeamId, counter.TeamId);
        var (_, agent) = await fx.NewAgentAsync("Counter Agent", Roles.Agent, counter.TeamId);
        var @case = await world.CaseAsync(agent, await Given.CustomerAsync(agent), "Fees");

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            var asked = await (await agent.PostJsonAsync($"/api/v1/cases/{@case.Id}/gestures",
                    new { gesture = "fee-waiver", amount = 100, reason = "r", grantAgainReason = "Charged again." }))
                .ReadAsync<GrantResult>();
            answers.Add((await lead.PostJsonAsync($"/api/v1/approvals/{asked.Approval!.Id}/decision", new { decision = "Approve" })).StatusCode);
        }

        // 150 of the team's and 100 of the lead's own: two approvals of 100 fit, the third does not
        answers.ShouldBe([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.BadRequest]);
    }

    [Fact]
    public async Task A_request_goes_to_a_lead_of_the_askers_team_not_to_every_lead()
    {
        var world = await (await new GestureScenario(fx).CategoryAsync("Store lead")).GuidelineAsync(Waivers);
        var other = await new GestureScenario(fx).CategoryAsync("Other store");
        await world.GrantAsync(new
        {
            holderKind = "Role", holderRole = "TeamLead", gesture = "fee-waiver", categoryIds = new[] { world.CategoryId },
            maxPerGesture = 100, currency = "EUR"
        });
        var (_, storeAgent) = await fx.NewAgentAsync("Store Agent", Roles.Agent, world.TeamId);
        var (_, storeLead) = await fx.NewAgentAsync("Store Lead", Roles.TeamLead, world.TeamId);
        var (_, otherLead) = await fx.NewAgentAsync("Other Lead", Roles.TeamLead, other.TeamId);
        var @case = await world.CaseAsync(storeAgent, await Given.CustomerAsync(storeAgent), "Fees");
        var asked = await (await storeAgent.PostJsonAsync($"/api/v1/cases/{@case.Id}/gestures", new { gesture = "fee-waiver", amount = 60, reason = "r" }))
            .ReadAsync<GrantResult>();
        var url = $"/api/v1/approvals/{asked.Approval!.Id}";

        var otherInbox = await (await otherLead.GetAsync("/api/v1/approvals?status=Pending&pageSize=200")).Content.ReadAsStringAsync();
        var storeInbox = await (await storeLead.GetAsync("/api/v1/approvals?status=Pending&pageSize=200")).Content.ReadAsStringAsync();
        var byOther = await otherLead.PostJsonAsync($"{url}/decision", new { decision = "Approve" });
        var byStoreLead = await storeLead.PostJsonAsync($"{url}/decision", new { decision = "Approve" });

        otherInbox.ShouldNotContain($"\"id\":{asked.Approval.Id},");
        storeInbox.ShouldContain($"\"id\":{asked.Approval.Id},");
        (await otherLead.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        byOther.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        byStoreLead.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_lead_beyond_their_own_authority_passes_the_request_up_at_once()
    {
        var world = await (await new GestureScenario(fx).CategoryAsync("Pass up")).GuidelineAsync(Waivers);
        await world.GrantAsync(new
        {
            holderKind = "Role", holderRole = "TeamLead", gesture = "fee-waiver", categoryIds = new[] { world.CategoryId },
            maxPerGesture = 100, currency = "EUR"
        });
        var agent = fx.As(Roles.Agent);
        var @case = await world.CaseAsync(agent, await Given.CustomerAsync(agent), "Fees");
        var asked = await (await agent.PostJsonAsync($"/api/v1/cases/{@case.Id}/gestures", new { gesture = "fee-waiver", amount = 90, reason = "r" }))
            .ReadAsync<GrantResult>();
        var url = $"/api/v1/approvals/{asked.Approval!.Id}/decision";

        var passed = await (await fx.As(Roles.TeamLead).PostJsonAsync(url, new { decision = "PassUp", note = "Needs more than my sandbox." }))
            .ReadAsync<ApprovalView>();
        var leadAgain = await fx.As(Roles.TeamLead).PostJsonAsync(url, new { decision = "Approve" });
        var manager = await fx.As(Roles.Manager).PostJsonAsync(url, new { decision = "Approve", amount = 150 });

        passed.Level.ShouldBe(Roles.Manager);
        passed.Status.ShouldBe(ApprovalStatus.Pending);
        leadAgain.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        manager.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Nobody_approves_their_own_request()
    {
        var world = await (await new GestureScenario(fx).CategoryAsync("Own request")).GuidelineAsync(Waivers);
        var (_, manager) = await fx.NewAgentAsync("Hasty Manager", Roles.Manager);
        var @case = await world.CaseAsync(manager, await Given.CustomerAsync(manager), "Fees");
        var asked = await (await manager.PostJsonAsync($"/api/v1/cases/{@case.Id}/gestures", new { gesture = "refund", amount = 900_000, reason = "r" }))
            .ReadAsync<GrantResult>();

        var own = await manager.PostJsonAsync($"/api/v1/approvals/{asked.Approval!.Id}/decision", new { decision = "Approve" });

        own.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_guideline_without_conditions_or_gestures_saves_and_evaluates_and_empty_rows_are_named()
    {
        var world = await new GestureScenario(fx).CategoryAsync("Sparse guideline");
        var sparse = await world.Manager.PostJsonAsync("/api/v1/guidelines", new
        {
            categoryId = world.CategoryId, name = "Offer a credit", content = new
            {
                defaultOutcome = "No fee waivers.", alternatives = new[] { "A travel credit" },
                approver = "TeamLead"
            },
        });
        var agent = fx.As(Roles.Agent);
        var @case = await world.CaseAsync(agent, await Given.CustomerAsync(agent), "Fees");
        var holes = await world.Manager.PostJsonAsync("/api/v1/guidelines", new
        {
            categoryId = world.CategoryId, name = "Holes", content = new
            {
                defaultOutcome = "x", gestures = new object?[] { null }, when = new object?[] { null },
                alternatives = new[] { "y" }, approver = "TeamLead"
            },
        });

        sparse.StatusCode.ShouldBe(HttpStatusCode.Created, await sparse.Content.ReadAsStringAsync());
        (await agent.PostJsonAsync($"/api/v1/cases/{@case.Id}/gestures/evaluate", new { gesture = "fee-waiver", amount = 10 }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await holes.ProblemFieldsAsync()).ShouldBe(["content.when[0]", "content.gestures[0]"], ignoreOrder: true);
        (await (await agent.PostJsonAsync($"/api/v1/cases/{@case.Id}/gestures", new { gesture = "fee-waiver", amount = 0, reason = "free" }))
            .ProblemFieldsAsync()).ShouldBe(["amount"]);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SandboxLoopholesOnSqlite(SqliteApi fx) : SandboxLoopholeTests(fx);

[Collection(PostgresCollection.Name)]
public sealed class SandboxLoopholesOnPostgres(PostgresApi fx) : SandboxLoopholeTests(fx);
