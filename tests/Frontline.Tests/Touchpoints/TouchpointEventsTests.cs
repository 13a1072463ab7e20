using System.Net;
using Frontline.Identity;
using Frontline.Tests.Infrastructure;
using Frontline.Touchpoints;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Tests.Touchpoints;

public abstract class TouchpointEventsTests(ApiFixture fx)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private readonly HttpClient _agent = fx.As(Roles.Agent);

    [Fact]
    public async Task Recording_a_touchpoint_publishes_touchpoint_recorded_once_with_its_id_and_a_refused_one_nothing()
    {
        var customer = await Given.CustomerAsync(_agent, "Tess Touch", Given.UniqueEmail());
        var after = await Published.LastAsync(fx);

        var refused = await _agent.PostJsonAsync($"/api/v1/customers/{customer.Id}/touchpoints", new { channel = "Phone", direction = "Inbound" });
        var entry = await (await _agent.PostJsonAsync($"/api/v1/customers/{customer.Id}/touchpoints",
            new { channel = "Phone", direction = "Inbound", body = "Called about the invoice." })).ReadAsync<TimelineEntry>();

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var only = (await Published.SinceAsync(fx, after, "touchpoint.recorded", customerId: customer.Id)).ShouldHaveSingleItem();
        only.ActorAgentId.ShouldBe(fx.AgentId(Roles.Agent));
        only.Read<TouchpointRecorded>().ShouldBe(new TouchpointRecorded(entry.Id, customer.Id, null, Channel.Phone, Direction.Inbound,
            "Tess Touch", null));
    }

    [Fact]
    public async Task The_notes_a_use_case_writes_on_a_case_are_published_too()
    {
        var customer = await Given.CustomerAsync(_agent, "Nina Notes", Given.UniqueEmail());
        var after = await Published.LastAsync(fx);

        var @case = await Given.CaseAsync(_agent, fx, customer.Id, description: "It stopped working.");
        (await _agent.PutJsonAsync($"/api/v1/cases/{@case.Id}/status", new { status = "Pending" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var recorded = (await Published.SinceAsync(fx, after, "touchpoint.recorded", @case.Id)).Select(e => e.Read<TouchpointRecorded>()).ToList();
        recorded.Select(r => r.Direction).ShouldBe([Direction.Inbound, Direction.Internal, Direction.Internal]);
        await using var db = fx.OpenDb();
        var written = await db.Touchpoints.Where(t => t.CaseId == @case.Id).OrderBy(t => t.Id).Select(t => t.Id).ToListAsync(Ct);
        recorded.Select(r => r.TouchpointId).ShouldBe(written);
    }

    [Fact]
    public async Task A_touchpoint_rolled_back_publishes_nothing_and_one_added_another_way_is_refused()
    {
        var customer = await Given.CustomerAsync(_agent, "Rolf Rolled", Given.UniqueEmail());
        Touchpoint Note(string body) => new()
        {
            CustomerId = customer.Id, Channel = Channel.Phone, Direction = Direction.Internal, OccurredAt = DateTime.UtcNow,
            RecordedAt = DateTime.UtcNow, Author = "Test", Body = body,
        };
        var after = await Published.LastAsync(fx);

        await using (var db = fx.OpenDb())
        {
            await using var tx = await db.Database.BeginTransactionAsync(Ct);
            db.RecordTouchpoint(Frontline.Touchpoints.CaseTouch.Frontline, DateTime.UtcNow, Note("rolled back"));
            await db.SaveChangesAsync(Ct);
            await tx.RollbackAsync(Ct);
        }
        await using (var db = fx.OpenDb())
        {
            db.Touchpoints.Add(Note("behind the seam"));
            await Should.ThrowAsync<InvalidOperationException>(() => db.SaveChangesAsync(Ct));
        }

        (await Published.SinceAsync(fx, after, "touchpoint.recorded", customerId: customer.Id)).ShouldBeEmpty();
        await using var check = fx.OpenDb();
        (await check.Touchpoints.AnyAsync(t => t.CustomerId == customer.Id && t.Author == "Test", Ct)).ShouldBeFalse();
    }
}

[Collection(SqliteCollection.Name)]
public sealed class TouchpointEventsOnSqlite(SqliteApi fx) : TouchpointEventsTests(fx);

[Collection(PostgresCollection.Name)]
public sealed class TouchpointEventsOnPostgres(PostgresApi fx) : TouchpointEventsTests(fx);
