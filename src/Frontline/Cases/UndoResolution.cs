using System.Security.Claims;
using Frontline.Events;
using Frontline.Identity;
using Frontline.Touchpoints;

namespace Frontline.Cases;

/// <summary>
/// Takes back a resolution made a moment ago: the case returns to the status it was resolved from. Possible only
/// while the customer has not been asked to confirm (the question waits <see cref="CaseClosure.UndoWindow"/> for it).
/// </summary>
public static class UndoResolution
{
    internal static async Task<Results<Ok<CaseView>, NotFound, ValidationProblem, ProblemHttpResult>> Handle(
        long id, ClaimsPrincipal user, FrontlineDb db, TimeProvider clock, CancellationToken ct) =>
        (await RunAsync(db, id, Actor.Of(user), clock.GetUtcNow().UtcDateTime, ct)).ToOk();

    public static async Task<Outcome<CaseView>> RunAsync(FrontlineDb db, long id, Actor actor, DateTime now,
        CancellationToken ct)
    {
        var @case = await db.Cases.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (@case is null) return Outcome<CaseView>.NotFound();
        if (@case.Status != CaseStatus.Resolved || @case.ResolvedAt is not { } resolvedAt)
            return Outcome<CaseView>.Conflict("This case is not resolved: there is no resolution to undo.");
        if (await CaseClosure.AskedSinceAsync(db, id, resolvedAt, ct))
            return Outcome<CaseView>.Conflict(
                "The customer has already been asked to confirm: reopen the case instead of undoing.");
        var back = @case.ResolvedFrom ?? CaseStatus.Open;
        @case.UndoResolution(now);
        db.RecordTouchpoint(actor, now, CaseNote.Of(@case, actor, now,
            $"Resolution undone by {actor.Name}: the case is {back.ToString().ToLowerInvariant()} again."));
        db.Publish(actor, now, new CaseStatusChanged(@case.Id, @case.CustomerId, CaseStatus.Resolved, back));
        await db.SaveChangesAsync(ct);
        return (await CaseView.LoadAsync(db, id, ct))!;
    }
}
