using Frontline.Cases;
using Frontline.Events;

namespace Frontline.Notifications.Reactions;

/// <summary>A case was opened for someone or given to them: they hear of it, unless they took it themselves.</summary>
internal sealed class NotifyOfAssignment(FrontlineDb db, Notifier notifier) : IEventHandler
{
    public string Name => "notify-case-assigned";

    public bool Handles(string type) => type is "case.opened" or "case.assigned";

    public async Task HandleAsync(StoredEvent stored, CancellationToken ct)
    {
        var opened = stored.Type == "case.opened";
        var (caseId, assignee) = opened ? Of(stored.Read<CaseOpened>()) : Of(stored.Read<CaseAssigned>());
        if (assignee is not { } person || await CaseFacts.LoadAsync(db, caseId, ct) is not { } @case) return;
        var who = await CaseFacts.NameAsync(db, stored.ActorAgentId, stored.ActorName, ct);
        var text = opened ? $"{who} opened {@case.Words} for you." : $"{who} gave you {@case.Words}.";
        await notifier.NotifyAsync(stored, NotificationKind.CaseAssigned,
            [new Notice(person, text, @case.Link, caseId)], ct);
    }

    private static (long CaseId, long? Assignee) Of(CaseOpened e) => (e.CaseId, e.AssigneeId);

    // a change of team alone gives the case to nobody new
    private static (long CaseId, long? Assignee) Of(CaseAssigned e) =>
        (e.CaseId, e.AssigneeId == e.PreviousAssigneeId ? null : e.AssigneeId);
}
