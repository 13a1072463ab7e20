using Frontline.Approvals;
using Frontline.Events;
using Frontline.Identity;

namespace Frontline.Notifications.Reactions;

/// <summary>
/// A request waits for a decision: those who may decide it hear of it (as <see cref="ApprovalScope"/> lets them):
/// for a team lead's request the leads of the asker's team, else (no team, or no lead in it) the managers; never the
/// person who asked.
/// </summary>
internal sealed class NotifyOfApprovalRequest(FrontlineDb db, Notifier notifier) : IEventHandler
{
    public string Name => "notify-approval-requested";

    public bool Handles(string type) => type == "approval.requested";

    public async Task HandleAsync(StoredEvent stored, CancellationToken ct)
    {
        var asked = stored.Read<ApprovalRequested>();
        var deciders = await DecidersAsync(asked, ct);
        deciders.Remove(asked.RequestedById ?? 0);
        if (deciders.Count == 0) return;
        var @case = await CaseFacts.LoadAsync(db, asked.CaseId, ct);
        var who = await CaseFacts.NameAsync(db, asked.RequestedById, stored.ActorName, ct);
        var gesture = await db.GestureKinds.Where(k => k.Code == asked.Gesture).Select(k => k.Name)
            .FirstOrDefaultAsync(ct)
            ?? asked.Gesture;
        var text = $"{who} asks you to decide a {gesture.ToLowerInvariant()} of {new Money(asked.Amount, asked.Currency)}"
            + $" on {@case?.Words ?? $"case {Cases.Case.NumberOf(asked.CaseId)}"}"
            + $"{(asked.Urgent ? ", urgently" : "")}, by {asked.DueBy:d MMM HH:mm} UTC.";
        await notifier.NotifyAsync(stored, NotificationKind.ApprovalRequested,
            deciders.Select(d => new Notice(d, text, "/approvals", asked.CaseId, asked.ApprovalId)), ct);
    }

    private async Task<HashSet<long>> DecidersAsync(ApprovalRequested asked, CancellationToken ct)
    {
        if (asked.Level == Roles.TeamLead && asked.RequestedByTeamId is { } team)
        {
            var leads = await db.ActivePeopleInRole(Roles.TeamLead)
                .Where(id => db.TeamMembers.Any(m => m.TeamId == team && m.AgentId == id)).ToListAsync(ct);
            if (leads.Count > 0) return [.. leads];
        }
        var role = asked.Level == Roles.Admin ? Roles.Admin : Roles.Manager;
        return [.. await db.ActivePeopleInRole(role).ToListAsync(ct)];
    }
}
