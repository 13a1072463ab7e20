using System.Net;
using Frontline.Approvals;
using Frontline.Gestures;
using Frontline.Guidelines;
using Frontline.Identity;
using Frontline.Tests.Events;
using Frontline.Tests.Gestures;
using Frontline.Tests.Infrastructure;

namespace Frontline.Tests.Approvals;

public abstract class ApprovalEventsTests(ApiFixture fx)
{
    private readonly HttpClient _agent = fx.As(Roles.Agent);

    /// <summary>Agents may waive up to 50 in the case's category, team leads up to 150.</summary>
    private async Task<long> CaseAsync(string name)
    {
        var world = await (await new GestureScenario(fx).CategoryAsync(name)).GuidelineAsync(new GuidelineContent(
            [], "Charge the fee.", [new("fee-waiver", 200, null)], ["Offer a travel credit"], Roles.TeamLead));
        await world.GrantAsync(new
        {
            holderKind = "Role", holderRole = "Agent", gesture = "fee-waiver", categoryIds = new[] { world.CategoryId },
            maxPerGesture = 50, currency = "EUR"
        });
        await world.GrantAsync(new
        {
            holderKind = "Role", holderRole = "TeamLead", gesture = "fee-waiver",
            categoryIds = new[] { world.CategoryId }, maxPerGesture = 150, currency = "EUR"
        });
        return (await world.CaseAsync(_agent, await Given.CustomerAsync(_agent), "Fees")).Id;
    }

    private Task<HttpResponseMessage> GrantAsync(long caseId, decimal amount) =>
        _agent.PostJsonAsync($"/api/v1/cases/{caseId}/gestures", new { gesture = "fee-waiver", amount, reason = "Goodwill" });

    [Fact]
    public async Task A_gesture_within_authority_publishes_gesture_granted_once()
    {
        var caseId = await CaseAsync("Granted event");
        var probe = await EventProbe.MarkAsync(fx);

        var granted = await (await GrantAsync(caseId, 30)).ReadAsync<GrantResult>();
        var refused = await GrantAsync(caseId, -5);

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        // with the note on the case
        (await probe.TypesByCallersAsync()).ShouldBe(["gesture.granted", "touchpoint.recorded"]);
        var published = await probe.SingleAsync<GestureGranted>();
        published.ShouldBe(new GestureGranted(granted.Granted!.Id, caseId, published.CustomerId, "fee-waiver", 30m, "EUR",
            fx.AgentId(Roles.Agent), null));
        (await probe.AllAsync()).Single(e => e.Type == "gesture.granted").CaseId.ShouldBe(caseId);
    }

    [Fact]
    public async Task A_gesture_beyond_authority_publishes_approval_requested_and_its_approval_a_decision_and_a_gesture()
    {
        var caseId = await CaseAsync("Requested event");
        var probe = await EventProbe.MarkAsync(fx);

        var asked = await (await GrantAsync(caseId, 120)).ReadAsync<GrantResult>();

        (await probe.TypesByCallersAsync()).ShouldBe(["approval.requested", "touchpoint.recorded"]);
        var requested = await probe.SingleAsync<ApprovalRequested>();
        (requested.ApprovalId, requested.CaseId, requested.Amount, requested.Level, requested.RequestedById)
            .ShouldBe((asked.Approval!.Id, caseId, 120m, Roles.TeamLead, (long?)fx.AgentId(Roles.Agent)));

        await probe.MarkAgainAsync();
        var url = $"/api/v1/approvals/{asked.Approval.Id}/decision";
        var refused = await fx.As(Roles.Manager).PostJsonAsync(url, new { decision = "Decline" });
        var approved = await fx.As(Roles.Manager).PostJsonAsync(url, new { decision = "Approve", amount = 100 });
        var twice = await fx.As(Roles.Manager).PostJsonAsync(url, new { decision = "Approve" });

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        approved.StatusCode.ShouldBe(HttpStatusCode.OK);
        twice.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        // with the note on the case and the words to the customer
        (await probe.TypesByCallersAsync()).ShouldBe(["approval.decided", "gesture.granted", "touchpoint.recorded", "touchpoint.recorded"]);
        (await probe.SingleAsync<ApprovalDecided>()).ShouldBe(new ApprovalDecided(asked.Approval.Id, caseId, requested.CustomerId,
            ApprovalStatus.Approved, fx.AgentId(Roles.Manager), fx.AgentId(Roles.Agent), 100m));
        var gesture = await probe.SingleAsync<GestureGranted>();
        (gesture.Amount, gesture.ApprovalId, gesture.GrantedById).ShouldBe((100m, (long?)asked.Approval.Id, (long?)fx.AgentId(Roles.Manager)));
    }

    [Fact]
    public async Task A_decline_publishes_the_decision_and_no_gesture_and_passing_up_publishes_moved_up()
    {
        var caseId = await CaseAsync("Declined event");
        var first = (await (await GrantAsync(caseId, 120)).ReadAsync<GrantResult>()).Approval!.Id;
        var second = (await (await GrantAsync(caseId, 130)).ReadAsync<GrantResult>()).Approval!.Id;
        var probe = await EventProbe.MarkAsync(fx);

        var declined = await fx.As(Roles.Manager).PostJsonAsync($"/api/v1/approvals/{first}/decision",
            new { decision = "Decline", alternative = "A travel credit of 50 EUR." });
        var passed = await fx.As(Roles.TeamLead).PostJsonAsync($"/api/v1/approvals/{second}/decision", new { decision = "PassUp" });

        (declined.StatusCode, passed.StatusCode).ShouldBe((HttpStatusCode.OK, HttpStatusCode.OK));
        // and the notes on the case: the decline's, its words to the customer, the pass up's
        (await probe.TypesByCallersAsync()).ShouldBe(
            ["approval.decided", "approval.moved-up", "touchpoint.recorded", "touchpoint.recorded", "touchpoint.recorded"]);
        var decided = await probe.SingleAsync<ApprovalDecided>();
        (decided.ApprovalId, decided.Status, decided.ApprovedAmount).ShouldBe((first, ApprovalStatus.Declined, (decimal?)null));
        var moved = await probe.SingleAsync<ApprovalMovedUp>();
        (moved.ApprovalId, moved.Level, moved.Escalated).ShouldBe((second, Roles.Manager, false));
    }

    [Fact]
    public async Task A_request_no_lead_decided_in_time_publishes_moved_up_once_as_escalated()
    {
        var caseId = await CaseAsync("Escalated event");
        var asked = (await (await GrantAsync(caseId, 120)).ReadAsync<GrantResult>()).Approval!;
        var probe = await EventProbe.MarkAsync(fx);

        await using (var db = fx.OpenDb()) await ApprovalEscalation.RunAsync(db, asked.DueBy, TestContext.Current.CancellationToken);
        await using (var db = fx.OpenDb()) await ApprovalEscalation.RunAsync(db, asked.DueBy, TestContext.Current.CancellationToken);

        (await probe.SingleAsync<ApprovalMovedUp>(m => m.ApprovalId == asked.Id))
            .ShouldBe(new ApprovalMovedUp(asked.Id, caseId, asked.CustomerId, Roles.Manager, Escalated: true));
    }
}

[Collection(SqliteCollection.Name)] public sealed class ApprovalEventsOnSqlite(SqliteApi fx) : ApprovalEventsTests(fx);
[Collection(PostgresCollection.Name)] public sealed class ApprovalEventsOnPostgres(PostgresApi fx) : ApprovalEventsTests(fx);
