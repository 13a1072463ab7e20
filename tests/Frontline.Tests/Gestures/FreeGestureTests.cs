using System.Net;
using Frontline.Authority;
using Frontline.Gestures;
using Frontline.Guidelines;
using Frontline.Identity;
using Frontline.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Tests.Gestures;

/// <summary>The gestures the stories need: a service that costs nothing, and approvals due when someone can decide.</summary>
public abstract class FreeGestureTests(ApiFixture fx)
{
    private async Task<(GestureScenario World, Frontline.Cases.CaseView Case)> OnboardAsync(DateTime? deadline = null, string zone = "Europe/Oslo")
    {
        var world = await (await new GestureScenario(fx).CategoryAsync("Onboard power", zone)).GuidelineAsync(new GuidelineContent(
            [], "Power sockets are in business class only.", [new("service-add-on", 0, "Charge it in business class.")],
            ["Lend a power bank"], Roles.TeamLead));
        await world.GrantAsync(new
        {
            holderKind = "Role", holderRole = "Agent", gesture = "service-add-on",
            categoryIds = new[] { world.CategoryId }, maxPerGesture = 25, currency = "EUR"
        });
        await world.GrantAsync(new
        {
            holderKind = "Role", holderRole = "Agent", gesture = "fee-waiver",
            categoryIds = new[] { world.CategoryId }, maxPerGesture = 25, currency = "EUR"
        });
        var agent = fx.As(Roles.Agent);
        return (world, await world.CaseAsync(agent, await Given.CustomerAsync(agent, "George Halvorsen"), "Laptop flat", deadline: deadline));
    }

    [Fact]
    public async Task A_service_that_costs_nothing_is_granted_and_recorded_like_any_other()
    {
        var (_, @case) = await OnboardAsync();
        var agent = fx.As(Roles.Agent);

        var evaluated = await (await agent.PostJsonAsync($"/api/v1/cases/{@case.Id}/gestures/evaluate",
            new { gesture = "service-add-on", amount = 0 })).ReadAsync<Evaluation>();
        var granted = await agent.PostJsonAsync($"/api/v1/cases/{@case.Id}/gestures",
            new { gesture = "service-add-on", amount = 0, reason = "Charged the laptop in an empty business-class seat." });

        evaluated.Verdict.ShouldBe(Verdict.GrantNow);
        granted.StatusCode.ShouldBe(HttpStatusCode.Created, await granted.Content.ReadAsStringAsync());
        await using var db = fx.OpenDb();
        var line = await db.Gestures.SingleAsync(g => g.CaseId == @case.Id, TestContext.Current.CancellationToken);
        (line.Kind, line.Amount).ShouldBe(("service-add-on", 0m));
    }

    [Fact]
    public async Task A_gesture_whose_kind_has_a_cost_is_refused_at_zero_naming_the_amount()
    {
        var (_, @case) = await OnboardAsync();

        var refused = await fx.As(Roles.Agent).PostJsonAsync($"/api/v1/cases/{@case.Id}/gestures",
            new { gesture = "fee-waiver", amount = 0, reason = "Nothing to waive." });

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.ProblemFieldsAsync()).ShouldBe(["amount"]);
        await using var db = fx.OpenDb();
        (await db.Gestures.CountAsync(g => g.CaseId == @case.Id, TestContext.Current.CancellationToken)).ShouldBe(0);
    }

    [Fact]
    public async Task A_manager_defines_a_kind_that_may_be_free()
    {
        var code = $"lounge-{Guid.NewGuid():N}"[..20];

        var created = await (await fx.As(Roles.Manager).PostJsonAsync("/api/v1/gesture-kinds",
            new { code, name = "Lounge pass", verb = "give a lounge pass", mayBeFree = true })).ReadAsync<GestureKindView>();
        var kinds = await (await fx.As(Roles.Agent).GetAsync("/api/v1/gesture-kinds")).ReadAsync<List<GestureKindView>>();

        created.MayBeFree.ShouldBeTrue();
        kinds.Single(k => k.Code == "service-add-on").MayBeFree.ShouldBeTrue();
        kinds.Single(k => k.Code == "refund").MayBeFree.ShouldBeFalse();
    }

    [Fact]
    public async Task A_request_whose_deadline_leaves_no_working_day_is_due_in_the_approvers_hours_and_urgent()
    {
        // the asker works in a team on Kiritimati's clock, 09:00-17:00 on weekdays; their lead decides in those hours
        var (world, @case) = await OnboardAsync(DateTime.UtcNow.AddMinutes(10), zone: "Pacific/Kiritimati");
        var (_, agent) = await fx.NewAgentAsync("Night Agent", Roles.Agent, world.TeamId);

        var asked = await (await agent.PostJsonAsync($"/api/v1/cases/{@case.Id}/gestures",
            new { gesture = "service-add-on", amount = 400, reason = "A night in the lounge." })).ReadAsync<GrantResult>();

        asked.Approval.ShouldNotBeNull();
        asked.Approval.Urgent.ShouldBeTrue();
        asked.Evaluation.Summary.ShouldStartWith("Urgent");
        var local = NodaTime.Instant.FromDateTimeUtc(DateTime.SpecifyKind(asked.Approval.DueBy, DateTimeKind.Utc))
            .InZone(NodaTime.DateTimeZoneProviders.Tzdb["Pacific/Kiritimati"]).TimeOfDay;
        local.ShouldBeInRange(new NodaTime.LocalTime(9, 0), new NodaTime.LocalTime(17, 0));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class FreeGesturesOnSqlite(SqliteApi fx) : FreeGestureTests(fx);

[Collection(PostgresCollection.Name)]
public sealed class FreeGesturesOnPostgres(PostgresApi fx) : FreeGestureTests(fx);
