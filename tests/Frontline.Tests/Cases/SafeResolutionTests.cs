using System.Net;
using Frontline.Cases;
using Frontline.Identity;
using Frontline.Tests.Infrastructure;
using Frontline.Touchpoints;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Frontline.Tests.Cases;

public abstract class SafeResolutionTests(ApiFixture fx)
{
    private readonly HttpClient _agent = fx.As(Roles.Agent);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<CaseView> CaseAsync(string name)
    {
        var customer = await Given.CustomerAsync(_agent, name, Given.UniqueEmail());
        return await Given.CaseAsync(_agent, fx, customer.Id, $"{name}'s case");
    }

    private Task<HttpResponseMessage> MoveAsync(long caseId, object body) =>
        _agent.PutJsonAsync($"/api/v1/cases/{caseId}/status", body);

    private async Task<List<Touchpoint>> TimelineAsync(long caseId)
    {
        await using var db = fx.OpenDb();
        return await db.Touchpoints.AsNoTracking().Where(t => t.CaseId == caseId).OrderBy(t => t.Id).ToListAsync(Ct);
    }

    private async Task<CaseStatus> StatusAsync(long caseId)
    {
        await using var db = fx.OpenDb();
        return await db.Cases.Where(c => c.Id == caseId).Select(c => c.Status).SingleAsync(Ct);
    }

    // the fixture asks at once; a test of the wait widens the window for itself, one test at a time in a collection
    private async Task WithUndoWindowAsync(int seconds, Func<Task> test)
    {
        var configuration = fx.Services.GetRequiredService<IConfiguration>();
        configuration["Frontline:Closure:UndoSeconds"] = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        try
        {
            await test();
        }
        finally
        {
            configuration["Frontline:Closure:UndoSeconds"] = "0";
        }
    }

    [Fact]
    public async Task Resolving_needs_a_note_that_the_timeline_keeps_as_an_internal_note()
    {
        var @case = await CaseAsync("Nora Note");

        var bare = await MoveAsync(@case.Id, new { status = "Resolved" });
        var noted = await MoveAsync(@case.Id, new { status = "Resolved", note = "Replaced the batteries with the customer." });

        (await bare.ProblemFieldsAsync()).ShouldBe(["note"]);
        noted.StatusCode.ShouldBe(HttpStatusCode.OK);
        var note = (await TimelineAsync(@case.Id)).Where(t => t.Body.Contains("Replaced the batteries")).ShouldHaveSingleItem();
        note.Direction.ShouldBe(Direction.Internal);
        note.Body.ShouldBe($"Status changed from Open to Resolved by {note.Author}. "
            + "Resolution note: Replaced the batteries with the customer.");
    }

    [Fact]
    public async Task A_double_click_on_resolve_never_closes_the_case()
    {
        var @case = await CaseAsync("Dora Double");

        var first = await MoveAsync(@case.Id, new { status = "Resolved", note = "Fixed.", from = "Open" });
        var again = await MoveAsync(@case.Id, new { status = "Resolved", note = "Fixed.", from = "Open" });
        // the second click lands where Close now stands, still carrying the status the agent saw
        var close = await MoveAsync(@case.Id, new { status = "Closed", from = "Open" });

        (first.StatusCode, again.StatusCode, close.StatusCode)
            .ShouldBe((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Conflict));
        (await StatusAsync(@case.Id)).ShouldBe(CaseStatus.Resolved);
        (await TimelineAsync(@case.Id)).Count(t => t.Body.StartsWith("Status changed")).ShouldBe(1);
    }

    [Fact]
    public async Task An_undone_resolution_returns_to_where_it_was_and_the_customer_is_never_asked() =>
        await WithUndoWindowAsync(60, async () =>
        {
            var @case = await CaseAsync("Ursula Undo");
            await MoveAsync(@case.Id, new { status = "Pending" });
            await MoveAsync(@case.Id, new { status = "Resolved", note = "Sent a new remote." });
            await fx.EventsDeliveredAsync();

            var undone = await _agent.PostJsonAsync($"/api/v1/cases/{@case.Id}/status/undo-resolution", new { });
            var twice = await _agent.PostJsonAsync($"/api/v1/cases/{@case.Id}/status/undo-resolution", new { });
            await fx.EventsDeliveredAsync();

            (await undone.ReadAsync<CaseView>()).Status.ShouldBe(CaseStatus.Pending);
            twice.StatusCode.ShouldBe(HttpStatusCode.Conflict);
            var timeline = await TimelineAsync(@case.Id);
            timeline.ShouldNotContain(t => t.Outcome == CaseClosure.AskOutcome);
            timeline.Last().Body.ShouldBe($"Resolution undone by {timeline.Last().Author}: the case is pending again.");
            await using var db = fx.OpenDb();
            (await db.OutboundEmails.AnyAsync(m => m.Subject.Contains(@case.Number), Ct)).ShouldBeFalse();
        });

    [Fact]
    public async Task The_customer_is_asked_once_the_undo_window_has_passed_and_then_undo_is_refused() =>
        await WithUndoWindowAsync(8, async () =>
        {
            var @case = await CaseAsync("Winnie Window");
            await MoveAsync(@case.Id, new { status = "Resolved", note = "Reset the router." });
            var resolvedAt = DateTime.UtcNow;
            await fx.EventsDeliveredAsync();
            (await TimelineAsync(@case.Id)).ShouldNotContain(t => t.Outcome == CaseClosure.AskOutcome);
            (DateTime.UtcNow - resolvedAt).ShouldBeLessThan(TimeSpan.FromSeconds(8), "the check above ran inside the window");

            // the delivery comes back once the window has passed
            for (var tries = 0; tries < 60 && !(await TimelineAsync(@case.Id)).Any(t => t.Outcome == CaseClosure.AskOutcome); tries++)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500), Ct);
                await fx.EventsDeliveredAsync();
            }
            var late = await _agent.PostJsonAsync($"/api/v1/cases/{@case.Id}/status/undo-resolution", new { });

            (await TimelineAsync(@case.Id)).Count(t => t.Outcome == CaseClosure.AskOutcome).ShouldBe(1);
            late.StatusCode.ShouldBe(HttpStatusCode.Conflict);
            (await StatusAsync(@case.Id)).ShouldBe(CaseStatus.Resolved);
        });
}

[Collection(SqliteCollection.Name)]
public sealed class SafeResolutionOnSqlite(SqliteApi fx) : SafeResolutionTests(fx);

[Collection(PostgresCollection.Name)]
public sealed class SafeResolutionOnPostgres(PostgresApi fx) : SafeResolutionTests(fx);
