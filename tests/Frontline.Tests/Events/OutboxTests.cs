using System.Net;
using Frontline.Events;
using Frontline.Identity;
using Frontline.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Frontline.Tests.Events;

public abstract class OutboxTests(ApiFixture fx)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Opening_a_case_publishes_case_opened_once_with_who_and_from_where()
    {
        var agent = fx.As(Roles.Agent);
        var customer = await Given.CustomerAsync(agent, "Outbox Customer", Given.UniqueEmail());

        var opened = await Given.CaseAsync(agent, fx, customer.Id, "Outbox subject");

        await using var db = fx.OpenDb();
        var events = await db.Events.Where(e => e.CaseId == opened.Id && e.Type == "case.opened").ToListAsync(Ct);
        var only = events.ShouldHaveSingleItem();
        only.Type.ShouldBe("case.opened");
        only.CustomerId.ShouldBe(customer.Id);
        only.ActorAgentId.ShouldBe(fx.AgentId(Roles.Agent));
        only.ActorApiKeyId.ShouldNotBeNull();
        only.ActorAddress.ShouldBe("127.0.0.1");
        only.Read<Frontline.Cases.CaseOpened>().Subject.ShouldBe("Outbox subject");
    }

    [Fact]
    public async Task A_refused_case_publishes_nothing()
    {
        await using var before = fx.OpenDb();
        var last = await before.Events.MaxAsync(e => (long?)e.Position, Ct) ?? 0;

        var refused = await fx.As(Roles.Agent).PostJsonAsync("/api/v1/cases", new { subject = "no customer", channel = "Phone" });

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await using var db = fx.OpenDb();
        (await db.Events.AnyAsync(e => e.Position > last && e.Type == "case.opened" && e.CustomerId == null, Ct)).ShouldBeFalse();
    }

    [Fact]
    public async Task The_dispatcher_marks_published_events_fanned_out()
    {
        var agent = fx.As(Roles.Agent);
        var customer = await Given.CustomerAsync(agent, "Fanned Customer", Given.UniqueEmail());
        var opened = await Given.CaseAsync(agent, fx, customer.Id);

        await fx.Services.GetRequiredService<EventDispatcher>().DrainAsync(Ct);

        await using var db = fx.OpenDb();
        (await db.Events.Where(e => e.CaseId == opened.Id).Select(e => e.FannedOut).ToListAsync(Ct)).ShouldAllBe(f => f);
    }

    [Fact]
    public async Task Admins_read_the_event_log_by_case_and_others_may_not()
    {
        var agent = fx.As(Roles.Agent);
        var customer = await Given.CustomerAsync(agent, "Log Customer", Given.UniqueEmail());
        var opened = await Given.CaseAsync(agent, fx, customer.Id);

        var page = await (await fx.As(Roles.Admin).GetAsync($"/api/v1/events?caseId={opened.Id}", Ct)).ReadAsync<EventLogPage>();
        var denied = await fx.As(Roles.Manager).GetAsync($"/api/v1/events?caseId={opened.Id}", Ct);
        var badType = await fx.As(Roles.Admin).GetAsync("/api/v1/events?type=no.such", Ct);

        page.Items.First().Type.ShouldBe("case.opened");
        page.Items.Skip(1).ShouldAllBe(e => e.Type == "touchpoint.recorded");
        denied.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        badType.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await badType.ProblemFieldsAsync()).ShouldBe(["type"]);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class OutboxOnSqlite(SqliteApi fx) : OutboxTests(fx);

[Collection(PostgresCollection.Name)]
public sealed class OutboxOnPostgres(PostgresApi fx) : OutboxTests(fx);
