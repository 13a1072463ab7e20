using System.Security.Claims;
using Frontline.Channels.Email;
using Frontline.Identity;

namespace Frontline.Cases;

public sealed record ChangeStatusRequest(CaseStatus? Status);

/// <summary>Moves a case along its lifecycle and notes the move on its timeline; a resolved case asks its customer to confirm.</summary>
public static class ChangeCaseStatus
{
    internal static async Task<Results<Ok<CaseView>, NotFound, ValidationProblem, ProblemHttpResult>> Handle(
        long id, ChangeStatusRequest request, ClaimsPrincipal user, FrontlineDb db, MailOptions mail, PublicLinks links, TimeProvider clock,
        CancellationToken ct) =>
        (await RunAsync(db, id, request.Status, Actor.Of(user), mail, links, clock.GetUtcNow().UtcDateTime, ct)).ToOk();

    public static async Task<Outcome<CaseView>> RunAsync(FrontlineDb db, long id, CaseStatus? status, Actor actor, MailOptions mail, PublicLinks links,
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
            await db.InTransactionAsync(async () =>
            {
                db.Touchpoints.Add(CaseNote.Of(@case, actor, now, $"Status changed from {before} to {next} by {actor.Name}."));
                if (next == CaseStatus.Resolved) await CaseClosure.AskToConfirmAsync(db, @case, mail, links, now, ct);
                // it could not close at first contact: the category's rule keeps the customer informed
                if (next == CaseStatus.Pending) await Updates.ProactiveUpdates.StartByRuleAsync(db, @case, now, ct);
                return await db.SaveChangesAsync(ct);
            }, ct);
        }
        return (await CaseView.LoadAsync(db, id, ct))!;
    }
}
