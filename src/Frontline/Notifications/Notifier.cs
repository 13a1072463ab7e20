using Frontline.Events;

namespace Frontline.Notifications;

/// <summary>One person to tell, in plain words, with where it leads.</summary>
internal sealed record Notice(long RecipientId, string Text, string Link, long? CaseId = null, long? ApprovalId = null);

/// <summary>
/// Writes the notifications one event makes: never to the person who acted, never to an inactive person, and at most
/// one per (event, person), so a second delivery adds nothing. Then it tells their open screens the new unread count and
/// sends the e-mails they asked for (what fails to leave now, <see cref="Jobs.SendNotificationMailJob"/> sends later).
/// </summary>
internal sealed class Notifier(FrontlineDb db, UnreadCounts counts, NotificationMail mail, TimeProvider clock)
{
    public async Task NotifyAsync(StoredEvent e, NotificationKind kind, IEnumerable<Notice> notices,
        CancellationToken ct)
    {
        var wanted = notices.Where(n => n.RecipientId != e.ActorAgentId).DistinctBy(n => n.RecipientId).ToList();
        if (wanted.Count == 0) return;
        var ids = wanted.Select(n => n.RecipientId).ToList();
        var people = await db.Users.Where(a => ids.Contains(a.Id) && a.IsActive)
            .ToDictionaryAsync(a => a.Id, a => a.Email, ct);
        var told = await db.Set<Notification>().Where(n => n.EventPosition == e.Position && ids.Contains(n.RecipientId))
            .Select(n => n.RecipientId).ToListAsync(ct);
        var byEmail = await db.Set<NotificationPreference>().Where(p => ids.Contains(p.AgentId) && p.Kind == kind)
            .Select(p => p.AgentId).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var added = wanted.Where(n => people.ContainsKey(n.RecipientId) && !told.Contains(n.RecipientId))
            .Select(n => new Notification
            {
                RecipientId = n.RecipientId, Kind = kind, Text = Clip(n.Text), Link = n.Link, EventPosition = e.Position,
                CaseId = n.CaseId, ApprovalId = n.ApprovalId, CreatedAt = now,
                Mail = byEmail.Contains(n.RecipientId) && !string.IsNullOrEmpty(people[n.RecipientId])
                    ? NotificationMailState.Queued
                    : NotificationMailState.NotWanted,
            })
            .ToList();
        if (added.Count == 0) return;
        db.Set<Notification>().AddRange(added);
        await db.SaveChangesAsync(ct);
        await counts.TellAsync(db, added.Select(n => n.RecipientId), ct);
        await mail.SendAsync(added.Where(n => n.Mail == NotificationMailState.Queued).Select(n => n.Id), ct);
    }

    private static string Clip(string text) =>
        text.Length <= Notification.MaxTextLength ? text : text[..(Notification.MaxTextLength - 1)] + "…";
}
