using System.Net;
using Frontline.Approvals;
using Frontline.Gestures;
using Frontline.Guidelines;
using Frontline.Identity;
using Frontline.Tests.Gestures;
using Frontline.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Tests.Approvals;

public abstract class DecisionRightsTests(ApiFixture fx)
{
    private async Task<(ApprovalView Approval, long LeadGrant)> AskAsync(decimal amount)
    {
        var world = await (await new GestureScenario(fx).CategoryAsync("Decision rights")).GuidelineAsync(new GuidelineContent(
            [], "Charge the fee.", [new("fee-waiver", 100, null)], ["Offer a travel credit"], Roles.TeamLead));
        var leadGrant = await world.GrantAsync(new
        {
            holderKind = "Role", holderRole = "TeamLead", gesture = "fee-waiver",
            categoryIds = new[] { world.CategoryId }, maxPerGesture = 100, currency = "EUR"
        });
        var agent = fx.As(Roles.Agent);
        var @case = await world.CaseAsync(agent, await Given.CustomerAsync(agent), "Fees");
        var asked = await (await agent.PostJsonAsync($"/api/v1/cases/{@case.Id}/gestures", new { gesture = "fee-waiver", amount, reason = "r" }))
            .ReadAsync<GrantResult>();
        return (asked.Approval!, leadGrant);
    }

    [Fact]
    public async Task A_lead_approves_within_their_own_sandbox_and_it_counts_against_their_grant()
    {
        var (approval, leadGrant) = await AskAsync(80);
        var lead = fx.As(Roles.TeamLead);
        var url = $"/api/v1/approvals/{approval.Id}/decision";

        var tooMuch = await lead.PostJsonAsync(url, new { decision = "Approve", amount = 150 });
        var changed = await lead.PostJsonAsync(url, new { decision = "Approve", amount = 60, note = "60 now, the rest as credit." });

        (await tooMuch.ProblemFieldsAsync()).ShouldBe(["amount"]);
        changed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await changed.ReadAsync<ApprovalView>()).ApprovedAmount.ShouldBe(60);
        await using var db = fx.OpenDb();
        var line = await db.Gestures.SingleAsync(g => g.ApprovalRequestId == approval.Id, TestContext.Current.CancellationToken);
        (line.Amount, line.GrantId).ShouldBe((60m, (long?)leadGrant));
    }

    [Fact]
    public async Task A_manager_approves_a_changed_gesture_a_credit_instead_of_a_waiver()
    {
        var (approval, _) = await AskAsync(500);

        var approved = await fx.As(Roles.Manager).PostJsonAsync($"/api/v1/approvals/{approval.Id}/decision",
            new { decision = "Approve", gesture = "credit", amount = 250, note = "A travel credit instead." });
        var unknown = await fx.As(Roles.Manager).PostJsonAsync($"/api/v1/approvals/{approval.Id}/decision", new { decision = "Approve", gesture = "teleport" });

        var view = await approved.ReadAsync<ApprovalView>();
        (view.ApprovedGesture, view.ApprovedAmount).ShouldBe(("credit", (decimal?)250));
        await using var db = fx.OpenDb();
        (await db.Gestures.SingleAsync(g => g.ApprovalRequestId == approval.Id, TestContext.Current.CancellationToken)).Kind.ShouldBe("credit");
        (await unknown.ProblemFieldsAsync()).ShouldContain("gesture");
    }

    [Fact]
    public async Task Two_approvers_at_once_grant_once()
    {
        var (approval, _) = await AskAsync(500);
        var url = $"/api/v1/approvals/{approval.Id}/decision";

        var answers = await Task.WhenAll(fx.As(Roles.Manager).PostJsonAsync(url, new { decision = "Approve" }),
            fx.As(Roles.Admin).PostJsonAsync(url, new { decision = "Approve" }));

        answers.Count(a => a.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        answers.Single(a => a.StatusCode != HttpStatusCode.OK).StatusCode.ShouldBeOneOf(HttpStatusCode.Conflict, HttpStatusCode.BadRequest);
        await using var db = fx.OpenDb();
        (await db.Gestures.CountAsync(g => g.ApprovalRequestId == approval.Id, TestContext.Current.CancellationToken)).ShouldBe(1);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class DecisionRightsOnSqlite(SqliteApi fx) : DecisionRightsTests(fx);

[Collection(PostgresCollection.Name)]
public sealed class DecisionRightsOnPostgres(PostgresApi fx) : DecisionRightsTests(fx);
