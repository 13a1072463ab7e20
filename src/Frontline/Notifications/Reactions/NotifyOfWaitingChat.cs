using Frontline.Channels;
using Frontline.Events;

namespace Frontline.Notifications.Reactions;

/// <summary>A visitor started a chat: the members of the case's team hear that it waits in their queue.</summary>
internal sealed class NotifyOfWaitingChat(FrontlineDb db, Notifier notifier) : IEventHandler
{
    public string Name => "notify-chat-waiting";

    public bool Handles(string type) => type == "chat.started";

    public async Task HandleAsync(StoredEvent stored, CancellationToken ct)
    {
        var chat = stored.Read<ChatStarted>();
        if (await CaseFacts.LoadAsync(db, chat.CaseId,
            ct) is not { } @case || (chat.TeamId ?? @case.TeamId) is not { } teamId) return;
        var team = await db.Teams.Where(t => t.Id == teamId).Select(t => t.Name).FirstOrDefaultAsync(ct);
        var members = await db.TeamMembers.Where(m => m.TeamId == teamId).Select(m => m.AgentId).ToListAsync(ct);
        var text = $"A new chat waits in the {team} queue: {@case.Words}.";
        await notifier.NotifyAsync(stored, NotificationKind.ChatWaiting,
            members.Select(m => new Notice(m, text, @case.Link, chat.CaseId)), ct);
    }
}
