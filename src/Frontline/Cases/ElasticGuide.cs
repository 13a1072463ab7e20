using System.Security.Claims;
using Frontline.Identity;

using Frontline.Events;

namespace Frontline.Cases;

/// <param name="Note">What the agent did or said; may be empty for a plain tick.</param>
public sealed record ElasticInput(ElasticStep? Step, string? Note);

/// <summary>One step of the guide on a case: its prompt and, once done, what was done, by whom and when.</summary>
public sealed record ElasticStepView(ElasticStep Step, string Prompt, bool Done, string? Note, string? By,
    DateTime? At);

/// <summary>
/// The ELASTIC guide on a case: Empathize, Listen, Apologize, Sort, Thank, Inform, Close, each with a prompt; what
/// the agent did at a step is recorded on the case (a later record of the same step replaces what is shown, the
/// earlier stays in the history).
/// </summary>
public static class ElasticGuide
{
    internal static async Task<Results<Ok<List<ElasticStepView>>, NotFound>> Get(long id, FrontlineDb db,
        CancellationToken ct) =>
        await db.Cases.AnyAsync(c => c.Id == id, ct) ? TypedResults.Ok(await LoadAsync(db, id, ct)) : TypedResults.NotFound();

    internal static async Task<Results<Ok<List<ElasticStepView>>, NotFound, ValidationProblem, ProblemHttpResult>> Record(
        long id, ElasticInput input, ClaimsPrincipal user, FrontlineDb db, TimeProvider clock, CancellationToken ct) =>
        (await RecordAsync(db, id, input, Actor.Of(user), clock.GetUtcNow().UtcDateTime, ct)).ToOk();

    public static async Task<List<ElasticStepView>> LoadAsync(FrontlineDb db, long caseId, CancellationToken ct)
    {
        var records = await db.ElasticRecords.AsNoTracking().Where(r => r.CaseId == caseId).OrderBy(r => r.Id)
            .ToListAsync(ct);
        var latest = records.GroupBy(r => r.Step).ToDictionary(g => g.Key, g => g.Last());
        return [.. Enum.GetValues<ElasticStep>().Select(step => latest.TryGetValue(step, out var r)
            ? new ElasticStepView(step, ElasticRecord.PromptOf(step), true, r.Note, r.By, r.At)
            : new ElasticStepView(step, ElasticRecord.PromptOf(step), false, null, null, null))];
    }

    public static async Task<Outcome<List<ElasticStepView>>> RecordAsync(FrontlineDb db, long caseId,
        ElasticInput input, Actor actor, DateTime now,
        CancellationToken ct)
    {
        var customerId = await db.Cases.Where(c => c.Id == caseId).Select(c => (long?)c.CustomerId)
            .FirstOrDefaultAsync(ct);
        if (customerId is null) return Outcome<List<ElasticStepView>>.NotFound();
        var errors = new Errors();
        var step = errors.Required("step", input.Step);
        errors.Known("step", input.Step);
        var note = errors.Text("note", input.Note, 2000, required: false);
        if (errors.Any) return errors;
        db.ElasticRecords.Add(new ElasticRecord
        {
            CaseId = caseId, Step = step, Note = note, AgentId = actor.AgentId,
            By = actor.Name, At = now
        });
        db.Publish(actor, now, new ElasticStepRecorded(caseId, customerId.Value, step));
        await db.InTransactionAsync(async () =>
        {
            // the case changed: its screen and queues see it
            await db.Cases.Where(c => c.Id == caseId).ExecuteUpdateAsync(s => s.SetProperty(c => c.UpdatedAt, now), ct);
            return await db.SaveChangesAsync(ct);
        }, ct);
        return await LoadAsync(db, caseId, ct);
    }
}
