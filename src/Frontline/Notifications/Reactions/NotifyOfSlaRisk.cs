using Frontline.Cases;
using Frontline.Events;

namespace Frontline.Notifications.Reactions;

/// <summary>A case will miss its resolution target within the hour: the person it is assigned to hears of it.</summary>
internal sealed class NotifyOfSlaRisk(FrontlineDb db, Notifier notifier) : IEventHandler
{
    public string Name => "notify-sla-at-risk";

    public bool Handles(string type) => type == "case.sla-at-risk";

    public async Task HandleAsync(StoredEvent stored, CancellationToken ct)
    {
        var risk = stored.Read<CaseSlaAtRisk>();
        if (risk.AssigneeId is not { } person || await CaseFacts.LoadAsync(db, risk.CaseId,
            ct) is not { } @case) return;
        var text = $"{char.ToUpperInvariant(@case.Words[0])}{@case.Words[1..]} is due to be resolved by "
            + $"{risk.DueAt:HH:mm} UTC, within the hour.";
        await notifier.NotifyAsync(stored, NotificationKind.SlaAtRisk,
            [new Notice(person, text, @case.Link, risk.CaseId)], ct);
    }
}
