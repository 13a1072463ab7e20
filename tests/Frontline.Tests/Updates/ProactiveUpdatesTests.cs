using System.Net;
using Frontline.Cases;
using Frontline.Channels.Email;
using Frontline.Identity;
using Frontline.Tests.Infrastructure;
using Frontline.Touchpoints;
using Frontline.Updates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Frontline.Tests.Updates;

/// <summary>Proactive updates: sent once when due, on the customer's channel, never in their quiet hours.</summary>
public abstract class ProactiveUpdatesTests(ApiFixture fx)
{
    private readonly HttpClient _agent = fx.As(Roles.Agent);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private MailOptions Mail => fx.Services.GetRequiredService<MailOptions>();

    private async Task<CaseView> CaseAsync(string timeZone = "Europe/Berlin", long? categoryId = null)
    {
        var response = await _agent.PostJsonAsync("/api/v1/customers", new { name = "Una Update", emails = new[] { Given.UniqueEmail("update") }, timeZone });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        var customer = await response.ReadAsync<Frontline.Customers.CustomerDetails>();
        if (categoryId is null) return await Given.CaseAsync(_agent, fx, customer.Id, "Repair takes weeks", channel: Channel.Email);
        var opened = await _agent.PostJsonAsync("/api/v1/cases", new { customerId = customer.Id, categoryId, subject = "Repair takes weeks", channel = "Email" });
        return await opened.ReadAsync<CaseView>();
    }

    private async Task<UpdatePlanView> PlanAsync(long caseId, object plan)
    {
        var response = await _agent.PutJsonAsync($"/api/v1/cases/{caseId}/updates", plan);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        return await response.ReadAsync<UpdatePlanView>();
    }

    private async Task<List<Touchpoint>> UpdatesOfAsync(long caseId)
    {
        await using var db = fx.OpenDb();
        return await db.Touchpoints.Where(t => t.CaseId == caseId && t.Outcome == ProactiveUpdates.Outcome).ToListAsync(Ct);
    }

    [Fact]
    public async Task An_update_is_sent_once_when_due_by_e_mail_with_the_agents_words_and_the_next_one_is_planned()
    {
        var @case = await CaseAsync();
        // ten hours ahead, so the running scheduler leaves it to this test
        var plan = await PlanAsync(@case.Id, new { everyHours = 4, firstInMinutes = 600, message = "The part is on its way from the supplier.", quietHours = false });
        var due = plan.NextAt.AddSeconds(1);

        await using var db = fx.OpenDb();
        var first = await ProactiveUpdates.SendDueAsync(db, Mail, due, Ct);
        var again = await ProactiveUpdates.SendDueAsync(db, Mail, due, Ct);

        first.ShouldBeGreaterThanOrEqualTo(1);
        again.ShouldBe(0);
        var sent = (await UpdatesOfAsync(@case.Id)).ShouldHaveSingleItem();
        sent.Channel.ShouldBe(Channel.Email);
        sent.Direction.ShouldBe(Direction.Outbound);
        sent.Body.ShouldContain("The part is on its way from the supplier.");
        sent.Body.ShouldContain("(Europe/Berlin)");
        var after = (await (await _agent.GetAsync($"/api/v1/cases/{@case.Id}/updates", Ct)).ReadAsync<UpdatePlanView>());
        after.Sent.ShouldBe(1);
        after.NextAt.ShouldBe(due.AddHours(4), TimeSpan.FromSeconds(1));
        (await db.OutboundEmails.AnyAsync(m => m.TouchpointId == sent.Id, Ct)).ShouldBeTrue();
    }

    [Fact]
    public async Task An_update_due_at_night_for_the_customer_waits_for_their_morning()
    {
        var @case = await CaseAsync("Asia/Tokyo");
        var plan = await PlanAsync(@case.Id, new { everyHours = 24, firstInMinutes = 600, quietHours = true });
        // 23:30 in Tokyo (UTC+9, no daylight saving) on a day after the plan is due
        var day = DateOnly.FromDateTime(plan.NextAt).AddDays(2);
        var night = day.ToDateTime(new TimeOnly(14, 30), DateTimeKind.Utc);
        var morning = day.AddDays(1).ToDateTime(new TimeOnly(23, 0), DateTimeKind.Utc).AddDays(-1); // 08:00 Tokyo the next day

        await using var db = fx.OpenDb();
        var atNight = await ProactiveUpdates.SendDueAsync(db, Mail, night, Ct);
        var held = await (await _agent.GetAsync($"/api/v1/cases/{@case.Id}/updates", Ct)).ReadAsync<UpdatePlanView>();
        await ProactiveUpdates.SendDueAsync(db, Mail, morning, Ct);

        (await UpdatesOfAsync(@case.Id)).Count.ShouldBe(1, "one update, sent in the morning");
        held.NextAt.ShouldBe(morning);
        held.Sent.ShouldBe(0);
        atNight.ShouldBeGreaterThanOrEqualTo(0);
    }

    [Fact]
    public async Task A_customer_who_asked_not_before_ten_gets_the_morning_update_at_ten_their_time()
    {
        var @case = await CaseAsync("Asia/Tokyo");
        var plan = await PlanAsync(@case.Id, new { everyHours = 24, firstInMinutes = 600, quietHours = true, quietFrom = "18:00:00", quietTo = "10:00:00" });
        var oneEnd = await _agent.PutJsonAsync($"/api/v1/cases/{@case.Id}/updates", new { everyHours = 24, quietFrom = "18:00:00" });
        // 08:30 in Tokyo (UTC+9) on a day after the plan is due: still quiet for this customer, not for the default hours
        var day = DateOnly.FromDateTime(plan.NextAt).AddDays(2);
        var early = day.ToDateTime(new TimeOnly(23, 30), DateTimeKind.Utc).AddDays(-1);
        var ten = day.ToDateTime(new TimeOnly(1, 0), DateTimeKind.Utc);

        await using var db = fx.OpenDb();
        await ProactiveUpdates.SendDueAsync(db, Mail, early, Ct);
        var held = await (await _agent.GetAsync($"/api/v1/cases/{@case.Id}/updates", Ct)).ReadAsync<UpdatePlanView>();
        await ProactiveUpdates.SendDueAsync(db, Mail, ten, Ct);

        (plan.QuietFrom, plan.QuietTo).ShouldBe((new TimeOnly(18, 0), new TimeOnly(10, 0)));
        (await oneEnd.ProblemFieldsAsync()).ShouldBe(["quietTo"]);
        held.Sent.ShouldBe(0);
        held.NextAt.ShouldBe(ten);
        (await UpdatesOfAsync(@case.Id)).Count.ShouldBe(1, "one update, sent at ten");
    }

    [Fact]
    public async Task A_case_that_goes_pending_in_a_category_with_a_rule_gets_a_plan_and_bad_plans_are_refused()
    {
        var created = await fx.As(Roles.Manager).PostJsonAsync("/api/v1/categories", new { name = $"Repairs {Guid.NewGuid():N}"[..20], updateEveryHours = 48 });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Ct));
        var category = await created.ReadAsync<CategoryView>();
        var @case = await CaseAsync(categoryId: category.Id);

        (await _agent.GetAsync($"/api/v1/cases/{@case.Id}/updates", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await _agent.PutJsonAsync($"/api/v1/cases/{@case.Id}/status", new { status = "Pending" });
        await fx.EventsDeliveredAsync();
        var plan = await (await _agent.GetAsync($"/api/v1/cases/{@case.Id}/updates", Ct)).ReadAsync<UpdatePlanView>();
        var bad = await _agent.PutJsonAsync($"/api/v1/cases/{@case.Id}/updates", new { everyHours = 0.01, firstInMinutes = -5 });

        plan.EveryHours.ShouldBe(48);
        plan.SetBy.ShouldBe("the category's rule");
        (await bad.ProblemFieldsAsync()).ShouldBe(["everyHours", "firstInMinutes"], ignoreOrder: true);
        (await (await _agent.GetAsync($"/api/v1/cases/{@case.Id}/updates", Ct)).ReadAsync<UpdatePlanView>()).EveryHours.ShouldBe(48);
        (await _agent.DeleteAsync($"/api/v1/cases/{@case.Id}/updates", Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ProactiveUpdatesOnSqlite(SqliteApi fx) : ProactiveUpdatesTests(fx);

[Collection(PostgresCollection.Name)]
public sealed class ProactiveUpdatesOnPostgres(PostgresApi fx) : ProactiveUpdatesTests(fx);
