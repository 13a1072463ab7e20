using System.Security.Claims;
using Frontline.Approvals;
using Frontline.Cases;
using Frontline.Events;
using Frontline.Identity;
using Frontline.Touchpoints;

namespace Frontline.Gestures;

public sealed record GestureView(long Id, long CaseId, string Gesture, Money Amount, string Reason, long? GuidelineId,
    int? GuidelineVersion,
    long? GrantId, long? ApprovalRequestId, string GrantedBy, DateTime GrantedAt)
{
    public static GestureView Of(Gesture g) => new(g.Id, g.CaseId, g.Kind, new Money(g.Amount, g.Currency), g.Reason,
        g.GuidelineId,
        g.GuidelineVersion, g.GrantId, g.ApprovalRequestId, g.GrantedBy, g.GrantedAt);
}

/// <summary>What granting did: the gesture went to the ledger, or an approval request went to the level that can decide.</summary>
public sealed record GrantResult(Evaluation Evaluation, GestureView? Granted, ApprovalView? Approval);

/// <summary>
/// Inside the sandbox the gesture is granted at once and written to the ledger; beyond it, an approval request goes
/// to the lowest level that can decide. Budgets hold under concurrency: grants are decided one at a time.
/// </summary>
public static class GrantGesture
{
    internal static async Task<Results<Created<GrantResult>, Accepted<GrantResult>, NotFound, ValidationProblem, ProblemHttpResult>> Handle(
        long id, GestureInput input, ClaimsPrincipal user, FrontlineDb db, TimeProvider clock, SelfChangedFacts rules, CancellationToken ct)
    {
        var outcome = await RunAsync(db, id, input, Actor.Of(user), clock, ct, rules);
        // a grant is 201 and a request for approval 202; every failure maps as everywhere else
        if (outcome.Value is not { } result)
            return outcome.ToOk().Result switch
            {
                NotFound notFound => notFound,
                ValidationProblem problem => problem,
                var other => (ProblemHttpResult)other,
            };
        return result.Granted is { } g
            ? TypedResults.Created($"/api/v1/cases/{id}/gestures/{g.Id}", result)
            : TypedResults.Accepted($"/api/v1/approvals/{result.Approval!.Id}", result);
    }

    public static async Task<Outcome<GrantResult>> RunAsync(FrontlineDb db, long caseId, GestureInput input,
        Actor actor, TimeProvider clock,
        CancellationToken ct, SelfChangedFacts? rules = null)
    {
        if (await CaseContext.LoadAsync(db, caseId, clock,
            ct) is not { } context) return Outcome<GrantResult>.NotFound();
        if (await GestureRepeats.IsClosedAsync(db, caseId, ct))
            return Outcome<GrantResult>.Conflict(GestureRepeats.ClosedCase);
        var errors = new Errors();
        var (gesture, amount) = await GestureDecision.CheckAsync(db, input, context, errors, reasonRequired: true, ct);
        var again = await GestureRepeats.CheckAgainAsync(db, caseId, gesture, input.GrantAgainReason, errors, ct);
        if (errors.Any) return errors;
        var reason = input.Reason!.Trim() + (again.Length > 0 ? $" (granted again: {again})" : "");
        var name = await GestureRepeats.NameOfAsync(db, gesture, ct);

        return await db.InTransactionAsync(async () =>
        {
            await GrantLock.TakeAsync(db, ct);
            var now = clock.GetUtcNow().UtcDateTime;
            var (evaluation, team) = await GestureDecision.EvaluateAsync(db, context, gesture, amount, actor, now, ct,
                rules);
            Touchpoint Note(string text) => CaseTouch.Of(context.CustomerId, context.CaseId, context.Channel, actor,
                now, text);
            if (evaluation.Verdict == Verdict.GrantNow)
            {
                var grantTeam = await db.AuthorityGrants.Where(g => g.Id == evaluation.GrantId)
                    .Select(g => g.HolderTeamId).FirstAsync(ct);
                var granted = new Gesture
                {
                    CaseId = caseId, CustomerId = context.CustomerId, CategoryId = context.CategoryId, Kind = gesture, Amount = amount.Amount,
                    Currency = amount.Currency, Reason = reason, GuidelineId = evaluation.GuidelineId, GuidelineVersion = evaluation.GuidelineVersion,
                    GrantId = evaluation.GrantId, GrantedById = actor.AgentId, GrantedBy = actor.Name, TeamId = grantTeam ?? team, GrantedAt = now,
                };
                db.Gestures.Add(granted);
                db.RecordTouchpoint(actor, now,
                    Note($"Granted {name} of {amount}: {reason} ({evaluation.Summary})"));
                await db.SaveChangesAsync(ct);
                db.Publish(actor, now,
                    new GestureGranted(granted.Id, caseId, context.CustomerId, gesture, amount.Amount, amount.Currency,
                    actor.AgentId, null));
                await db.SaveChangesAsync(ct);
                return new GrantResult(evaluation, GestureView.Of(granted), null);
            }
            // a request needs someone behind it: whose lead decides, who may not decide it
            if (actor.IsKeyForNobody) return Outcome<GrantResult>.Deny(ActingTeams.KeyForNobody);
            var request = new ApprovalRequest
            {
                CaseId = caseId, CustomerId = context.CustomerId, CategoryId = context.CategoryId, Gesture = gesture, Amount = amount.Amount,
                Currency = amount.Currency, Reason = reason, Level = evaluation.Approval!.Level, DueBy = evaluation.Approval.DueBy, Urgent = evaluation.Approval.Urgent,
                Why = evaluation.Approval.Why, GuidelineId = evaluation.GuidelineId, GuidelineVersion = evaluation.GuidelineVersion,
                RequestedById = actor.AgentId, RequestedBy = actor.Name, RequestedByApiKeyId = actor.ApiKeyId,
                RequestedByServiceAccountId = actor.ServiceAccountId, RequestedByTeamId = team, RequestedAt = now, Status = ApprovalStatus.Pending,
            };
            db.ApprovalRequests.Add(request);
            db.RecordTouchpoint(actor, now,
                Note($"Asked {GestureEvaluator.Words(request.Level)} to approve {name} of {amount}, "
                + $"due {request.DueBy:yyyy-MM-dd HH:mm} UTC{(request.Urgent ? " (urgent)" : "")}: {reason}"));
            await db.SaveChangesAsync(ct);
            db.Publish(actor, now,
                new ApprovalRequested(request.Id, caseId, context.CustomerId, gesture, amount.Amount, amount.Currency,
                actor.AgentId, team, request.Level, request.DueBy, request.Urgent));
            await db.SaveChangesAsync(ct);
            return (Outcome<GrantResult>)new GrantResult(evaluation, null,
                await ApprovalView.LoadAsync(db, request.Id, ct));
        }, ct);
    }
}

/// <summary>
/// Grants are decided one at a time, so two people granting at the same moment never overdraw a budget: PostgreSQL
/// takes a transaction-scoped advisory lock; SQLite's write transaction already excludes every other writer.
/// </summary>
public static class GrantLock
{
    private const long Key = 0x4652_4E54_4C4E_4731; // "FRNTLNG1"

    public static async Task TakeAsync(FrontlineDb db, CancellationToken ct)
    {
        if (db.Database.IsNpgsql()) await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({Key})", ct);
    }
}
