using System.Security.Claims;
using Frontline.Channels.Email;
using Frontline.Channels.Outbound;
using Frontline.Events;
using Frontline.Gestures;
using Frontline.Identity;
using Frontline.Touchpoints;

namespace Frontline.Approvals;

/// <summary>Approve, decline with an alternative, or pass a team lead's request up to a manager at once.</summary>
public enum Decision { Approve, Decline, PassUp }

/// <summary>
/// Approve (perhaps a changed gesture: another amount, another kind) or decline with an alternative; a decline is
/// never a bare no.
/// </summary>
/// <param name="Note">For colleagues: kept on the timeline as an internal note, never sent to the customer.</param>
/// <param name="CustomerText">What the customer is told; empty: <see cref="ApprovalWords.ForCustomer"/>.</param>
public sealed record DecisionInput(Decision? Decision, decimal? Amount, string? Alternative, string? Note,
    string? Gesture = null, string? CustomerText = null);

public static class DecideApproval
{
    internal static async Task<Results<Ok<ApprovalView>, NotFound, ValidationProblem, ProblemHttpResult>> Handle(
        long id, DecisionInput input, ClaimsPrincipal user, FrontlineDb db, MailOptions mail, TimeProvider clock, CancellationToken ct) =>
        (await DecideAsync(db, id, input, Actor.Of(user), mail, clock.GetUtcNow().UtcDateTime, ct)).ToOk();

    /// <summary>Decides a request when the actor's level reaches the request's; a lower level is told who may.</summary>
    public static async Task<Outcome<ApprovalView>> DecideAsync(FrontlineDb db, long id, DecisionInput input,
        Actor actor, MailOptions mail,
        DateTime now, CancellationToken ct)
    {
        if (!await db.ApprovalRequests.AnyAsync(r => r.Id == id, ct)) return Outcome<ApprovalView>.NotFound();
        if (await ApprovalScope.RefusalAsync(db, actor, id, ct) is { } refusal)
        {
            // recorded here, not from the 403: the approval inbox runs this without a request of its own
            var caseId = await db.ApprovalRequests.Where(r => r.Id == id).Select(r => r.CaseId).FirstAsync(ct);
            await Audit.AccessDenials.RecordAsync(db, actor, now, "approval.decide", refusal, caseId, ct);
            return Outcome<ApprovalView>.Deny(refusal);
        }
        return await RunAsync(db, id, input, actor, mail, now, ct);
    }

    // only through DecideAsync, which checks first that the actor may decide this request
    private static async Task<Outcome<ApprovalView>> RunAsync(FrontlineDb db, long id, DecisionInput input, Actor actor,
        MailOptions mail, DateTime now, CancellationToken ct)
    {
        var request = await db.ApprovalRequests.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (request is null) return Outcome<ApprovalView>.NotFound();
        var errors = new Errors();
        var decision = errors.Required("decision", input.Decision);
        errors.Known("decision", input.Decision);
        var gesture = string.IsNullOrWhiteSpace(input.Gesture) ? request.Gesture : input.Gesture.Trim();
        var mayBeFree = await db.GestureKinds.AnyAsync(k => k.Code == gesture && k.MayBeFree, ct);
        errors.Amount("amount", input.Amount, GestureDecision.MinimumAmount(mayBeFree), 1_000_000m);
        var alternative = errors.Text("alternative", input.Alternative, 2000, required: decision == Decision.Decline);
        var note = errors.Text("note", input.Note, 2000, required: false);
        var customerText = errors.Text("customerText", input.CustomerText, 2000, required: false);
        if (decision == Decision.Approve && await GestureRepeats.IsClosedAsync(db, request.CaseId, ct))
            errors.Add("decision", GestureRepeats.ClosedCase);
        if (gesture != request.Gesture && !await db.GestureKinds.AnyAsync(k => k.Code == gesture,
            ct)) errors.Add("gesture", $"'{gesture}' is not a gesture kind.");
        if (request.Status != ApprovalStatus.Pending) errors.Add("decision",
            $"This request was already {request.Status.ToString().ToLowerInvariant()}.");
        if (errors.Any) return errors;

        return await db.InTransactionAsync(async () =>
        {
            await GrantLock.TakeAsync(db, ct);
            // someone may have decided while this request waited for the lock
            await db.Entry(request).ReloadAsync(ct);
            if (Roles.Rank(actor.Role) < Roles.Rank(request.Level))
                return Outcome<ApprovalView>.Deny($"The request has just moved up: only {GestureEvaluator.Words(request.Level)} or above may decide it.");
            if (request.Status != ApprovalStatus.Pending)
            {
                errors.Add("decision",
                    $"{request.DecidedBy} has just {request.Status.ToString().ToLowerInvariant()} this request.");
                return errors;
            }
            var channel = await db.Cases.Where(c => c.Id == request.CaseId).Select(c => c.Channel).FirstAsync(ct);
            if (decision == Decision.PassUp)
            {
                if (request.Level != Roles.TeamLead)
                {
                    errors.Add("decision", "Only a team lead's request can be passed up; a manager's is decided here.");
                    return errors;
                }
                request.Level = Roles.Manager;
                db.RecordTouchpoint(actor, now, CaseTouch.Of(request.CustomerId, request.CaseId, channel, actor, now,
                    $"{actor.Name} passed the request for {await GestureRepeats.NameOfAsync(db, request.Gesture, ct)} up to a manager{(note.Length > 0 ? $": {note}" : ".")}"));
                db.Publish(actor, now,
                    new ApprovalMovedUp(id, request.CaseId, request.CustomerId, request.Level, Escalated: false));
                await db.SaveChangesAsync(ct);
                return (Outcome<ApprovalView>)await ApprovalView.LoadAsync(db, id, ct);
            }
            var amount = new Money(input.Amount ?? request.Amount, request.Currency);
            var authority = decision == Decision.Approve ? await ApproverAuthority.CheckAsync(db, request, gesture,
                amount, actor, now, ct) : null;
            if (authority is { Covered: false } && Roles.Rank(actor.Role) < Roles.Rank(Roles.Manager))
            {
                errors.Add("amount",
                    $"Beyond your own authority: {authority.Reason} Approve less, or pass it up to a manager.");
                return errors;
            }
            request.Status = decision == Decision.Approve ? ApprovalStatus.Approved : ApprovalStatus.Declined;
            (request.DecidedById, request.DecidedBy, request.DecidedAt) = (actor.AgentId, actor.Name, now);
            request.Alternative = alternative.Length > 0 ? alternative : null;
            request.Note = note.Length > 0 ? note : null;
            var approved = decision == Decision.Approve ? amount.Amount : (decimal?)null;
            db.Publish(actor, now,
                new ApprovalDecided(id, request.CaseId, request.CustomerId, request.Status, actor.AgentId, request.RequestedById, approved));
            var name = await GestureRepeats.NameOfAsync(db, gesture, ct);
            var requestedName = await GestureRepeats.NameOfAsync(db, request.Gesture, ct);
            var toCustomer = customerText.Length > 0 ? customerText
                : ApprovalWords.ForCustomer(decision, decision == Decision.Approve ? name : requestedName, amount,
                    alternative);
            Gesture? granted = null;
            if (decision == Decision.Approve)
            {
                (request.ApprovedAmount, request.ApprovedGesture) = (amount.Amount, gesture);
                granted = db.Gestures.Add(new Gesture
                {
                    CaseId = request.CaseId, CustomerId = request.CustomerId, CategoryId = request.CategoryId, Kind = gesture,
                    Amount = amount.Amount, Currency = amount.Currency, Reason = request.Reason, GuidelineId = request.GuidelineId,
                    GuidelineVersion = request.GuidelineVersion, ApprovalRequestId = request.Id, GrantId = authority?.Grant?.Id, GrantedById = actor.AgentId, GrantedBy = actor.Name,
                    TeamId = request.RequestedByTeamId, GrantedAt = now,
                }).Entity;
            }
            var decided = decision == Decision.Approve
                ? $"approved {name} of {amount}"
                : $"declined {requestedName}, offering: {alternative}";
            // the note stays on the timeline for colleagues; the customer hears only the words meant for them
            db.RecordTouchpoint(actor, now, CaseTouch.Of(request.CustomerId, request.CaseId, channel, actor, now,
                $"{actor.Name} {decided}." + (note.Length > 0 ? $" Note: {note}" : "")));
            // the customer hears it on their channel: the open chat, else e-mail, else the portal
            await CustomerMessenger.SendAsync(db, mail, actor, now,
                new CustomerMessage(request.CustomerId, request.CaseId, channel, toCustomer,
                $"About your request [{Cases.Case.NumberOf(request.CaseId)}]"), ct);
            if (granted is not null)
            {
                db.Publish(actor, now, new GestureGranted(granted.Id, request.CaseId, request.CustomerId, granted.Kind,
                    granted.Amount, granted.Currency, actor.AgentId, id));
                await db.SaveChangesAsync(ct);
            }
            return (Outcome<ApprovalView>)await ApprovalView.LoadAsync(db, id, ct);
        }, ct);
    }
}
