using Frontline.Events;
using Frontline.Touchpoints;

namespace Frontline.Notifications.Reactions;

/// <summary>The customer wrote or called on a case: the person it is assigned to hears of it.</summary>
internal sealed class NotifyOfCustomerReply(FrontlineDb db, Notifier notifier) : IEventHandler
{
    public string Name => "notify-customer-replied";

    public bool Handles(string type) => type == "touchpoint.recorded";

    public async Task HandleAsync(StoredEvent stored, CancellationToken ct)
    {
        var touch = stored.Read<TouchpointRecorded>();
        if (touch is not { Direction: Direction.Inbound, CaseId: { } caseId }) return;
        if (await CaseFacts.LoadAsync(db, caseId, ct) is not { AssigneeId: { } assignee } @case) return;
        var who = touch.Author is { Length: > 0 } author ? author : "The customer";
        await notifier.NotifyAsync(stored, NotificationKind.CustomerReplied,
            [new Notice(assignee, $"{who} replied{How(touch.Channel)} on {@case.Words}.", @case.Link, caseId)], ct);
    }

    private static string How(Channel channel) => channel switch
    {
        Channel.Email => " by e-mail",
        Channel.Chat => " in the chat",
        Channel.Phone => " on the phone",
        Channel.Portal => " on the portal",
        Channel.WebForm => " through the contact form",
        Channel.StoreVisit => " in a store",
        _ => "",
    };
}
