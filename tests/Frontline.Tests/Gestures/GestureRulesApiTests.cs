using System.Net;
using CsCheck;
using Frontline.Approvals;
using Frontline.Authority;
using Frontline.Gestures;
using Frontline.Guidelines;
using Frontline.Identity;
using Frontline.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Tests.Gestures;

/// <summary>Budgets under concurrency, versions, refusals: what keeps the sandbox honest.</summary>
public abstract class GestureRulesApiTests(ApiFixture fx)
{
    internal static GuidelineContent Waivers(int suggested = 30) => new([], "Charge the fee.", [new("fee-waiver", suggested, null)],
        ["Offer a travel credit"], Roles.TeamLead);

    [Fact]
    public async Task Concurrent_grants_never_overdraw_a_weekly_budget()
    {
        var world = await (await new GestureScenario(fx).CategoryAsync("Budget")).GuidelineAsync(Waivers());
        var (agentId, agent) = await fx.NewAgentAsync("Busy Agent");
        var grant = await world.GrantAsync(new
        {
            holderKind = "Agent", holderAgentId = agentId, gesture = "fee-waiver",
            categoryIds = new[] { world.CategoryId }, maxPerGesture = 40, currency = "EUR", budgetAmount = 100, budgetPeriod = "Week"
        });
        var customer = await Given.CustomerAsync(agent);
        var @case = await world.CaseAsync(agent, customer, "Fees");

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => agent.PostJsonAsync($"/api/v1/cases/{@case.Id}/gestures",
            new { gesture = "fee-waiver", amount = 30, reason = "Goodwill", grantAgainReason = "Charged again." })));

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(3);
        responses.Count(r => r.StatusCode == HttpStatusCode.Accepted).ShouldBe(3);
        await using var db = fx.OpenDb();
        var spent = (await db.Gestures.Where(g => g.CaseId == @case.Id).Select(g => g.Amount).ToListAsync(TestContext.Current.CancellationToken)).Sum();
        spent.ShouldBe(90);
        var sandbox = await (await agent.GetAsync("/api/v1/me/authority")).ReadAsync<SandboxView>();
        var line = sandbox.Lines.Single(l => l.GrantIds.Contains(grant));
        line.Categories.Select(c => c.Id).ShouldBe([world.CategoryId]);
        line.Text.ShouldBe($"You may waive fees up to 40.00 EUR each in {line.Categories[0].Name}; 10.00 EUR of your 100.00 EUR this week is left.");
        sandbox.InWords.ShouldContain(line.Text);
    }

    [Fact]
    public async Task Whatever_the_amounts_concurrent_grants_stay_within_the_budget()
    {
        var world = await (await new GestureScenario(fx).CategoryAsync("Budget property")).GuidelineAsync(Waivers());
        var amounts = Gen.Int[5, 60].Array[2, 8];
        await Gen.Select(Gen.Int[60, 200], amounts).SampleAsync(async (budget, asks) =>
        {
            var (agentId, agent) = await fx.NewAgentAsync("Property Agent");
            await world.GrantAsync(new
            {
                holderKind = "Agent", holderAgentId = agentId, gesture = "fee-waiver", categoryIds = new[] { world.CategoryId },
                maxPerGesture = 60, currency = "EUR", budgetAmount = budget, budgetPeriod = "Month"
            });
            var @case = await world.CaseAsync(agent, await Given.CustomerAsync(agent), "Fees");

            var responses = await Task.WhenAll(asks.Select(amount => agent.PostJsonAsync($"/api/v1/cases/{@case.Id}/gestures",
                new { gesture = "fee-waiver", amount, reason = "Goodwill", grantAgainReason = "Charged again." })));

            responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.Created || r.StatusCode == HttpStatusCode.Accepted);
            await using var db = fx.OpenDb();
            var granted = await db.Gestures.Where(g => g.CaseId == @case.Id).Select(g => g.Amount).ToListAsync();
            granted.Sum().ShouldBeLessThanOrEqualTo(budget);
        }, iter: 6, threads: 1);
    }

    [Fact]
    public async Task Every_gesture_records_the_guideline_version_it_was_decided_under()
    {
        var world = await (await new GestureScenario(fx).CategoryAsync("Versions")).GuidelineAsync(Waivers());
        await world.GrantAsync(new
        {
            holderKind = "Role", holderRole = "Agent", gesture = "fee-waiver", categoryIds = new[] { world.CategoryId },
            maxPerGesture = 100, currency = "EUR"
        });
        var agent = fx.As(Roles.Agent);
        var @case = await world.CaseAsync(agent, await Given.CustomerAsync(agent), "Fees");
        var first = await (await agent.PostJsonAsync($"/api/v1/cases/{@case.Id}/gestures", new { gesture = "fee-waiver", amount = 10, reason = "r" }))
            .ReadAsync<GrantResult>();

        var updated = await world.Manager.PutJsonAsync($"/api/v1/guidelines/{world.GuidelineId}",
            new { categoryId = world.CategoryId, name = "How we handle it now", content = Waivers(suggested: 20) });
        var second = await (await agent.PostJsonAsync($"/api/v1/cases/{@case.Id}/gestures",
                new { gesture = "fee-waiver", amount = 10, reason = "r", grantAgainReason = "Charged again." }))
            .ReadAsync<GrantResult>();
        var old = await (await agent.GetAsync($"/api/v1/guidelines/{world.GuidelineId}?version=1")).ReadAsync<GuidelineView>();

        (await updated.ReadAsync<GuidelineView>()).Versions.ShouldBe([1, 2]);
        first.Granted!.GuidelineVersion.ShouldBe(1);
        second.Granted!.GuidelineVersion.ShouldBe(2);
        old.Content.Gestures.Single().SuggestedAmount.ShouldBe(30);
    }

    [Fact]
    public async Task Bad_gestures_are_named_and_write_nothing()
    {
        var world = await new GestureScenario(fx).CategoryAsync("Refusals");
        var agent = fx.As(Roles.Agent);
        var @case = await world.CaseAsync(agent, await Given.CustomerAsync(agent), "Fees");
        var (gestures, approvals) = (await fx.CountAsync<Gesture>(), await fx.CountAsync<ApprovalRequest>());

        var negative = await agent.PostJsonAsync($"/api/v1/cases/{@case.Id}/gestures", new { gesture = "fee-waiver", amount = -5, reason = "r" });
        var absurd = await agent.PostJsonAsync($"/api/v1/cases/{@case.Id}/gestures", new { gesture = "teleport", amount = 1e12m, reason = "" });

        (await negative.ProblemFieldsAsync()).ShouldBe(["amount"]);
        (await absurd.ProblemFieldsAsync()).ShouldBe(["gesture", "amount", "reason"], ignoreOrder: true);
        (await fx.CountAsync<Gesture>()).ShouldBe(gestures);
        (await fx.CountAsync<ApprovalRequest>()).ShouldBe(approvals);
    }

    [Fact]
    public async Task A_guideline_without_an_outcome_or_anything_to_offer_is_refused_and_not_saved()
    {
        var world = await new GestureScenario(fx).CategoryAsync("Empty");
        var before = await fx.CountAsync<Guideline>();

        var response = await world.Manager.PostJsonAsync("/api/v1/guidelines", new
        {
            categoryId = world.CategoryId, name = "Just say no", content = new
            {
                when = Array.Empty<object>(), defaultOutcome = "", gestures = Array.Empty<object>(),
                alternatives = Array.Empty<string>(), approver = "TeamLead"
            },
        });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ProblemFieldsAsync()).ShouldBe(["content.defaultOutcome", "content.alternatives"], ignoreOrder: true);
        (await fx.CountAsync<Guideline>()).ShouldBe(before);
    }

    [Fact]
    public async Task A_decline_must_offer_an_alternative_and_only_the_right_level_decides()
    {
        var world = await (await new GestureScenario(fx).CategoryAsync("Declines")).GuidelineAsync(Waivers() with { Approver = Roles.Manager });
        var agent = fx.As(Roles.Agent);
        var @case = await world.CaseAsync(agent, await Given.CustomerAsync(agent), "Fees");
        // no grant covers it, and the guideline does not offer a refund: a manager decides
        var asked = await (await agent.PostJsonAsync($"/api/v1/cases/{@case.Id}/gestures", new { gesture = "refund", amount = 500, reason = "r" }))
            .ReadAsync<GrantResult>();
        var url = $"/api/v1/approvals/{asked.Approval!.Id}/decision";

        var byAgent = await agent.PostJsonAsync(url, new { decision = "Approve" });
        var byLead = await fx.As(Roles.TeamLead).PostJsonAsync(url, new { decision = "Approve" });
        var bareNo = await fx.As(Roles.Manager).PostJsonAsync(url, new { decision = "Decline" });
        var declined = await fx.As(Roles.Manager).PostJsonAsync(url, new { decision = "Decline", alternative = "A travel credit of 100 EUR" });
        var again = await fx.As(Roles.Manager).PostJsonAsync(url, new { decision = "Approve" });

        asked.Approval.Level.ShouldBe(Roles.Manager);
        byAgent.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        byLead.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await bareNo.ProblemFieldsAsync()).ShouldBe(["alternative"]);
        (await declined.ReadAsync<ApprovalView>()).Alternative.ShouldBe("A travel credit of 100 EUR");
        (await again.ProblemFieldsAsync()).ShouldBe(["decision"]);
    }

    [Fact]
    public async Task Only_a_manager_changes_a_sandbox()
    {
        var grant = new { holderKind = "Role", holderRole = "Agent", gesture = "credit", maxPerGesture = 10 };

        (await fx.As(Roles.Agent).PostJsonAsync("/api/v1/authority/grants", grant)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await fx.As(Roles.TeamLead).PostJsonAsync("/api/v1/authority/grants", grant)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await fx.As(Roles.Agent).GetAsync("/api/v1/approvals")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var bad = await fx.As(Roles.Manager).PostJsonAsync("/api/v1/authority/grants",
            new { holderKind = "Team", holderTeamId = 999999, gesture = "teleport", maxPerGesture = -1, budgetAmount = 5, budgetScope = "PerTeam" });
        (await bad.ProblemFieldsAsync()).ShouldBe(["holderTeamId", "gesture", "maxPerGesture", "budgetPeriod"], ignoreOrder: true);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class GestureRulesOnSqlite(SqliteApi fx) : GestureRulesApiTests(fx);

[Collection(PostgresCollection.Name)]
public sealed class GestureRulesOnPostgres(PostgresApi fx) : GestureRulesApiTests(fx);
