using System.Security.Claims;
using Frontline.Events;
using Frontline.Identity;
using Frontline.Touchpoints;

namespace Frontline.Cases;

public sealed record ChangeStatusRequest(CaseStatus? Status);

/// <summary>
/// Moves a case along its lifecycle, notes the move on its timeline and publishes case.status-changed; what follows
/// (a resolved case asks its customer to confirm, a pending one starts its category's updates) are handlers of it.
/// </summary>
public static class ChangeCaseStatus
{
    internal static async Task<Results<Ok<CaseView>, NotFound, ValidationProblem, ProblemHttpResult>> Handle(
        long id, ChangeStatusRequest request, ClaimsPrincipal user, FrontlineDb db, TimeProvider clock, CancellationToken ct) =>
        (await RunAsync(db, id, request.Status, Actor.Of(user), clock.GetUtcNow().UtcDateTime, ct)).ToOk();

    public static async Task<Outcome<CaseView>> RunAsync(FrontlineDb db, long id, CaseStatus? status, Actor actor,
        DateTime now, CancellationToken ct)
    {
        var @case = await db.Cases.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (@case is null) return Outcome<CaseView>.NotFound();
        var errors = new Errors();
        var next = errors.Required("status", status);
        errors.Known("status", status);
        if (errors.Any) return errors;
        var before = @case.Status;
        if (@case.ChangeStatus(next, now) is { } refusal)
        {
            errors.Add("status", refusal);
            return errors;
        }
        if (before != next)
        {
            db.RecordTouchpoint(actor, now,
                CaseNote.Of(@case, actor, now, $"Status changed from {before} to {next} by {actor.Name}."));
            db.Publish(actor, now, new CaseStatusChanged(@case.Id, @case.CustomerId, before, next));
            await db.SaveChangesAsync(ct);
        }
        return (await CaseView.LoadAsync(db, id, ct))!;
    }
}
