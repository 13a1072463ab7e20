using System.Security.Claims;
using Frontline.Events;
using Frontline.Identity;

namespace Frontline.CallBacks;

/// <param name="DueAt">When to call, with its UTC offset.</param>
/// <param name="CaseId">One of the customer's cases it is about, if any.</param>
public sealed record CallBackInput(DateTime? DueAt, string? Note, long? CaseId = null);

/// <summary>
/// "Call back": the caller sets themselves a reminder to call a customer, due now or later, and
/// <see cref="CallBackScheduled"/> is published with it. Only a person has reminders: a service account's key is
/// denied.
/// </summary>
public static class ScheduleCallBack
{
    /// <summary>How far ahead a call-back may be set.</summary>
    public static readonly TimeSpan Horizon = TimeSpan.FromDays(365);

    internal static async Task<Results<Created<CallBackView>, NotFound, ValidationProblem, ProblemHttpResult>> Handle(
        long id, CallBackInput input, ClaimsPrincipal user, FrontlineDb db, TimeProvider clock, CancellationToken ct) =>
        (await ScheduleAsync(db, id, input, Actor.Of(user), clock.GetUtcNow().UtcDateTime, ct))
        .ToCreated(c => $"/api/v1/me/callbacks/{c.Id}");

    public static async Task<Outcome<CallBackView>> ScheduleAsync(FrontlineDb db, long customerId, CallBackInput input,
        Actor actor, DateTime now, CancellationToken ct)
    {
        if (!await db.Customers.AnyAsync(c => c.Id == customerId, ct)) return Outcome<CallBackView>.NotFound();
        if (actor.AgentId is not { } me)
            return Outcome<CallBackView>.Deny("A call-back is a person's own reminder: use a key that acts for one.");
        var errors = new Errors();
        errors.Required("dueAt", input.DueAt);
        // a minute's grace: "now" typed on a slow form is still now
        var dueAt = errors.Instant("dueAt", input.DueAt, now.AddMinutes(-1), now + Horizon);
        var note = errors.Text("note", input.Note, CallBack.MaxNoteLength, required: false);
        if (input.CaseId is { } caseId && !await db.Cases.AnyAsync(c => c.Id == caseId && c.CustomerId == customerId, ct))
            errors.Add("caseId", "Must be one of this customer's cases.");
        if (errors.Any) return errors;

        var callBack = new CallBack
        {
            CustomerId = customerId, CaseId = input.CaseId, AgentId = me, DueAt = dueAt!.Value,
            Note = note.Length > 0 ? note : null, CreatedAt = now,
        };
        await db.InTransactionAsync(async () =>
        {
            db.Set<CallBack>().Add(callBack);
            await db.SaveChangesAsync(ct);
            db.Publish(actor, now, new CallBackScheduled(callBack.Id, customerId, callBack.CaseId, me, callBack.DueAt));
            return await db.SaveChangesAsync(ct);
        }, ct);
        return await CallBackView.Project(db, db.Set<CallBack>().AsNoTracking().Where(c => c.Id == callBack.Id))
            .FirstAsync(ct);
    }
}
