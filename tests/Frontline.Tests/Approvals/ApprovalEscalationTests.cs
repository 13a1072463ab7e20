using System.Net;
using Frontline.Approvals;
using Frontline.Approvals.Jobs;
using Frontline.Gestures;
using Frontline.Guidelines;
using Frontline.Identity;
using Frontline.Tests.Gestures;
using Frontline.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Frontline.Tests.Approvals;

public sealed class ApprovalEscalationRuleTests
{
    private static readonly DateTime Asked = new(2026, 11, 24, 9, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(8, 5.9, false)] // a quarter of 8 hours is 2 hours
    [InlineData(8, 6.0, true)]
    [InlineData(2, 0.9, false)] // at least an hour ahead
    [InlineData(2, 1.0, true)]
    public void A_request_moves_up_when_a_quarter_of_its_time_or_an_hour_is_left(double windowHours, double elapsedHours, bool moves) =>
        ApprovalEscalation.IsTime(Asked, Asked.AddHours(windowHours), Asked.AddHours(elapsedHours)).ShouldBe(moves);
}

public abstract class ApprovalEscalationTests(ApiFixture fx)
{
    [Fact]
    public async Task An_undecided_request_moves_up_to_a_manager_once_before_it_falls_due()
    {
        var world = await (await new GestureScenario(fx).CategoryAsync("Escalation")).GuidelineAsync(new GuidelineContent(
            [], "Charge the fee.", [new("fee-waiver", 100, null)], ["Offer a travel credit"], Roles.TeamLead));
        await world.GrantAsync(new
        {
            holderKind = "Role", holderRole = "TeamLead", gesture = "fee-waiver", categoryIds = new[] { world.CategoryId },
            maxPerGesture = 500, currency = "EUR"
        });
        var agent = fx.As(Roles.Agent);
        var @case = await world.CaseAsync(agent, await Given.CustomerAsync(agent), "Fees");
        var approval = (await (await agent.PostJsonAsync($"/api/v1/cases/{@case.Id}/gestures", new { gesture = "fee-waiver", amount = 100, reason = "r" }))
            .ReadAsync<GrantResult>()).Approval!;
        await using var db = fx.OpenDb();

        async Task<string> LevelAsync() =>
            (await (await fx.As(Roles.Manager).GetAsync($"/api/v1/approvals/{approval.Id}")).ReadAsync<ApprovalDossier>()).Request.Level;

        // other stories' requests share the database: only this one's level and notes are looked at
        await ApprovalEscalation.RunAsync(db, approval.RequestedAt.AddMinutes(1), TestContext.Current.CancellationToken);
        var early = await LevelAsync();
        await ApprovalEscalation.RunAsync(db, approval.DueBy.AddMinutes(-30), TestContext.Current.CancellationToken);
        var moved = await LevelAsync();
        await ApprovalEscalation.RunAsync(db, approval.DueBy.AddMinutes(-20), TestContext.Current.CancellationToken);

        early.ShouldBe(Roles.TeamLead);
        moved.ShouldBe(Roles.Manager);
        var notes = await (await agent.GetAsync($"/api/v1/cases/{@case.Id}/timeline?pageSize=50")).ReadAsync<Frontline.Common.Page<Frontline.Touchpoints.TimelineEntry>>();
        notes.Items.Count(t => t.Body.Contains("moved up to a manager")).ShouldBe(1);
        var url = $"/api/v1/approvals/{approval.Id}/decision";
        (await fx.As(Roles.TeamLead).PostJsonAsync(url, new { decision = "Approve" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await fx.As(Roles.Manager).PostJsonAsync(url, new { decision = "Approve" })).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_escalation_runs_on_a_schedule()
    {
        var scheduler = await fx.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(TestContext.Current.CancellationToken);

        // on PostgreSQL the clustered scheduler starts in the background once it has checked its tables
        for (var waited = 0; scheduler.Status != SchedulerStatus.Running && waited < 300; waited++)
            await Task.Delay(100, TestContext.Current.CancellationToken);

        scheduler.Status.ShouldBe(SchedulerStatus.Running);
        (await scheduler.Exists(EscalateApprovalsJob.Key, TestContext.Current.CancellationToken)).ShouldBeTrue();
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ApprovalEscalationOnSqlite(SqliteApi fx) : ApprovalEscalationTests(fx);

[Collection(PostgresCollection.Name)]
public sealed class ApprovalEscalationOnPostgres(PostgresApi fx) : ApprovalEscalationTests(fx);
