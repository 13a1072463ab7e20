using System.Security.Claims;
using Frontline.Events;
using Frontline.Identity;
using Frontline.Touchpoints;

namespace Frontline.Cases;

/// <param name="Note">Required to resolve: how it was solved, kept on the timeline as an internal note.</param>
/// <param name="From">The status the caller saw; when the case has moved on meanwhile nothing changes (a double click
/// on Resolve must not land on the Close that took its place).</param>
public sealed record ChangeStatusRequest(CaseStatus? Status, string? Note = null, CaseStatus? From = null);

/// <summary>
/// Moves a case along its lifecycle, notes the move on its timeline and publishes case.status-changed; what follows
/// (a resolved case asks its customer to confirm, a pending one starts its category's updates) are handlers of it.
/// Asking for the status the case already has changes nothing, so a repeated request is harmless.
/// </summary>
public static class ChangeCaseStatus
{
    internal static async Task<Results<Ok<CaseView>, NotFound, ValidationProblem, ProblemHttpResult>> Handle(
        long id, ChangeStatusRequest request, ClaimsPrincipal user, FrontlineDb db, TimeProvider clock,
        CancellationToken ct) =>
        (await RunAsync(db, id, request, Actor.Of(user), clock.GetUtcNow().UtcDateTime, ct)).ToOk();

    public static Task<Outcome<CaseView>> RunAsync(FrontlineDb db, long id, CaseStatus? status, Actor actor,
        DateTime now, CancellationToken ct) => RunAsync(db, id, new ChangeStatusRequest(status), actor, now, ct);

    public static async Task<Outcome<CaseView>> RunAsync(FrontlineDb db, long id, ChangeStatusRequest request,
        Actor actor, DateTime now, CancellationToken ct)
    {
        var @case = await db.Cases.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (@case is null) return Outcome<CaseView>.NotFound();
        var errors = new Errors();
        var next = errors.Required("status", request.Status);
        errors.Known("status", request.Status);
        errors.Known("from", request.From);
        var before = @case.Status;
        var resolving = next == CaseStatus.Resolved && before != CaseStatus.Resolved;
        var note = errors.Text("note", request.Note, 2000, required: resolving);
        if (errors.Any) return errors;
        if (request.From is { } seen && seen != before && before != next)
            return Outcome<CaseView>.Conflict($"The case is {before.ToString().ToLowerInvariant()} now, not {seen.ToString().ToLowerInvariant()}: "
                + "nothing was changed; look at it again.");
        if (@case.ChangeStatus(next, now) is { } refusal)
        {
            errors.Add("status", refusal);
            return errors;
        }
        if (before != next)
        {
            var moved = $"Status changed from {before} to {next} by {actor.Name}.";
            db.RecordTouchpoint(actor, now,
                CaseNote.Of(@case, actor, now, note.Length > 0 ? $"{moved} Resolution note: {note}" : moved));
            db.Publish(actor, now, new CaseStatusChanged(@case.Id, @case.CustomerId, before, next));
            await db.SaveChangesAsync(ct);
        }
        return (await CaseView.LoadAsync(db, id, ct))!;
    }
}
