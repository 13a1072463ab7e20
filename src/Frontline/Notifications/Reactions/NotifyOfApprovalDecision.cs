using Frontline.Approvals;
using Frontline.Events;

namespace Frontline.Notifications.Reactions;

/// <summary>A request was approved or declined: the person who asked hears how it was decided.</summary>
internal sealed class NotifyOfApprovalDecision(FrontlineDb db, Notifier notifier) : IEventHandler
{
    public string Name => "notify-approval-decided";

    public bool Handles(string type) => type == "approval.decided";

    public async Task HandleAsync(StoredEvent stored, CancellationToken ct)
    {
        var decided = stored.Read<ApprovalDecided>();
        if (decided.RequestedById is not { } asker || decided.Status == ApprovalStatus.Pending) return;
        var @case = await CaseFacts.LoadAsync(db, decided.CaseId, ct);
        var who = await CaseFacts.NameAsync(db, decided.DecidedById, stored.ActorName, ct);
        var request = await db.ApprovalRequests.AsNoTracking().Where(r => r.Id == decided.ApprovalId)
            .Select(r => new { r.Gesture, r.ApprovedGesture, r.Currency }).FirstOrDefaultAsync(ct);
        var code = request?.ApprovedGesture ?? request?.Gesture;
        var gesture = code is null ? null
            : await db.GestureKinds.Where(k => k.Code == code).Select(k => k.Name).FirstOrDefaultAsync(ct) ?? code;
        var what = gesture is null ? "your request" : $"your request for a {gesture.ToLowerInvariant()}";
        var where = @case?.Words ?? $"case {Cases.Case.NumberOf(decided.CaseId)}";
        var text = decided.Status == ApprovalStatus.Approved
            ? $"{who} approved {what} on {where}"
                + (decided.ApprovedAmount is { } amount && request is not null ? $": {new Money(amount, request.Currency)}." : ".")
            : $"{who} declined {what} on {where} and offers something else instead.";
        await notifier.NotifyAsync(stored, NotificationKind.ApprovalDecided,
            [new Notice(asker, text, $"/cases/{decided.CaseId}", decided.CaseId, decided.ApprovalId)], ct);
    }
}
