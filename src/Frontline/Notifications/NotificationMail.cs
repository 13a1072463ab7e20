using Frontline.Channels.Email;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace Frontline.Notifications;

/// <summary>
/// The notifications people chose to get by e-mail too, sent through the care mailbox's SMTP server. Each is claimed
/// (Queued → Sending) by one conditional update, so two nodes never send it twice; a failure puts it back in line
/// until its attempts run out.
/// </summary>
internal sealed class NotificationMail(
    IDbContextFactory<FrontlineDb> databases, MailOutbox outbox, MailOptions options, PublicLinks links,
    ILogger<NotificationMail> log)
{
    public async Task SendQueuedAsync(CancellationToken ct)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var queued = await db.Set<Notification>().Where(n => n.Mail == NotificationMailState.Queued)
            .OrderBy(n => n.Id).Select(n => n.Id).Take(100).ToListAsync(ct);
        await SendAsync(queued, ct);
    }

    public async Task SendAsync(IEnumerable<long> ids, CancellationToken ct)
    {
        if (options.SmtpHost is null) return;
        foreach (var id in ids) await SendOneAsync(id, ct);
    }

    private async Task SendOneAsync(long id, CancellationToken ct)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var mine = db.Set<Notification>().Where(n => n.Id == id);
        var claimed = await mine.Where(n => n.Mail == NotificationMailState.Queued).ExecuteUpdateAsync(s => s
            .SetProperty(n => n.Mail, NotificationMailState.Sending)
            .SetProperty(n => n.MailAttempts, n => n.MailAttempts + 1), ct);
        if (claimed == 0) return;
        var note = await mine.AsNoTracking()
            .Select(n => new
            {
                n.Text, n.Link, n.MailAttempts, To = db.Users.Where(a => a.Id == n.RecipientId)
                .Select(a => new { a.DisplayName, a.Email }).First()
            })
            .FirstAsync(ct);
        try
        {
            var message = new MimeMessage
            {
                Subject = $"Frontline: {Subject(note.Text)}", Body = new TextPart("plain")
                {
                    Text = $"{note.Text}\n\nOpen it in Frontline: {links.To(note.Link)}\n\n"
                    + $"You get this by e-mail because you asked for it. Choose what comes by e-mail: {links.To("/account")}",
                }
            };
            message.To.Add(new MailboxAddress(note.To.DisplayName, note.To.Email ?? ""));
            await outbox.SendNowAsync(message, ct);
            await mine.ExecuteUpdateAsync(s => s.SetProperty(n => n.Mail, NotificationMailState.Sent), ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "Sending notification {Id} by e-mail failed (attempt {Attempt}).", id, note.MailAttempts);
            var next = note.MailAttempts >= Notification.MaxMailAttempts ? NotificationMailState.Failed : NotificationMailState.Queued;
            await mine.ExecuteUpdateAsync(s => s.SetProperty(n => n.Mail, next), CancellationToken.None);
        }
    }

    private static string Subject(string text) => text.Length <= 150 ? text : text[..149] + "…";
}
