using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Frontline.Events;
using MimeKit;

namespace Frontline.Channels.Email;

/// <summary>
/// Where mail leaves from (an SMTP server; no host: mail stays queued) and where it arrives (an IMAP mailbox that is
/// polled; no host: inbound mail only through the raw-MIME endpoint). Both connections use TLS the way MailKit's
/// <see cref="SecureSocketOptions.Auto"/> does unless told otherwise: at once on the TLS ports (465, 993), else by
/// STARTTLS whenever the server offers it. The SMTP server is signed in to when a user is set.
/// </summary>
public sealed record MailOptions(string? SmtpHost, int SmtpPort, string FromAddress, string FromName,
    string? ImapHost = null, int ImapPort = 143, string? ImapUser = null, string? ImapPassword = null,
    string? SmtpUser = null, string? SmtpPassword = null,
    SecureSocketOptions SmtpSecurity = SecureSocketOptions.Auto, SecureSocketOptions ImapSecurity = SecureSocketOptions.Auto)
{
    public static MailOptions From(IConfiguration configuration) => new(
        configuration["Frontline:Mail:SmtpHost"], configuration.GetValue("Frontline:Mail:SmtpPort", 25),
        configuration["Frontline:Mail:From"] ?? "care@frontline.local", configuration["Frontline:Mail:FromName"] ?? "Customer care",
        configuration["Frontline:Mail:ImapHost"], configuration.GetValue("Frontline:Mail:ImapPort", 143),
        configuration["Frontline:Mail:ImapUser"], configuration["Frontline:Mail:ImapPassword"],
        configuration["Frontline:Mail:SmtpUser"], configuration["Frontline:Mail:SmtpPassword"],
        Security(configuration, "Frontline:Mail:SmtpSecurity"), Security(configuration, "Frontline:Mail:ImapSecurity"));

    private static SecureSocketOptions Security(IConfiguration configuration, string key) => configuration[key] switch
    {
        null or "" => SecureSocketOptions.Auto,
        var value when Enum.TryParse<SecureSocketOptions>(value, ignoreCase: true, out var security) && Enum.IsDefined(security) => security,
        var value => throw new InvalidOperationException(
            $"{key}: '{value}' is not one of {string.Join(", ", Enum.GetNames<SecureSocketOptions>())}."),
    };
}

/// <summary>
/// Sends queued e-mail over SMTP. Each message is claimed (Queued → Sending) by one conditional update, so two nodes
/// never send it twice; a failure puts it back in the queue until its attempts run out.
/// </summary>
public sealed class MailOutbox(IDbContextFactory<FrontlineDb> databases, MailOptions options, TimeProvider clock,
    ILogger<MailOutbox> log)
{
    public async Task DeliverQueuedAsync(CancellationToken ct)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var queued = await db.Set<OutboundEmail>().Where(m => m.Status == DeliveryStatus.Queued).OrderBy(m => m.Id)
            .Select(m => m.Id).Take(100).ToListAsync(ct);
        foreach (var id in queued) await DeliverAsync(id, ct);
    }

    public async Task<DeliveryStatus> DeliverAsync(long id, CancellationToken ct)
    {
        if (options.SmtpHost is null) return DeliveryStatus.Queued;
        await using var db = await databases.CreateDbContextAsync(ct);
        var mails = db.Set<OutboundEmail>();
        if (await mails.Where(m => m.Id == id && m.Status == DeliveryStatus.Queued)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, DeliveryStatus.Sending).SetProperty(m => m.Attempts, m => m.Attempts + 1), ct) == 0)
            return (await mails.Where(m => m.Id == id).Select(m => (DeliveryStatus?)m.Status).FirstOrDefaultAsync(ct)) ?? DeliveryStatus.Failed;
        var mail = await mails.AsNoTracking().FirstAsync(m => m.Id == id, ct);
        var files = await db.Attachments.AsNoTracking().Where(a => a.TouchpointId == mail.TouchpointId)
            .OrderBy(a => a.Id).ToListAsync(ct);
        try
        {
            using var smtp = new SmtpClient();
            await smtp.ConnectAsync(options.SmtpHost, options.SmtpPort, options.SmtpSecurity, ct);
            if (options.SmtpUser is { Length: > 0 } user) await smtp.AuthenticateAsync(user, options.SmtpPassword ?? "",
                ct);
            await smtp.SendAsync(Compose(mail, files), ct);
            await smtp.DisconnectAsync(true, ct);
            var sentAt = clock.GetUtcNow().UtcDateTime;
            await SettleAsync(db, mail, s => s.SetProperty(m => m.Status, DeliveryStatus.Sent)
                .SetProperty(m => m.SentAt, sentAt).SetProperty(m => m.LastError, (string?)null),
                (customerId, caseId) => db.Publish(Sender, sentAt, new EmailDelivered(id, mail.TouchpointId, customerId, caseId)), ct);
            return DeliveryStatus.Sent;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "Sending e-mail {Id} failed (attempt {Attempt}).", id, mail.Attempts);
            var next = mail.Attempts >= OutboundEmail.MaxAttempts ? DeliveryStatus.Failed : DeliveryStatus.Queued;
            var error = e.Message.Length > 1000 ? e.Message[..1000] : e.Message;
            var now = clock.GetUtcNow().UtcDateTime;
            await SettleAsync(db, mail, s => s.SetProperty(m => m.Status, next).SetProperty(m => m.LastError, error),
                next == DeliveryStatus.Failed
                    ? (customerId, caseId) => db.Publish(Sender, now, new EmailFailed(id, mail.TouchpointId, customerId, caseId, error))
                    : null, ct);
            return next;
        }
    }

    private static readonly Identity.Actor Sender = new(null, null, "Mail outbox", Identity.Roles.Agent);

    // the outcome of one attempt, and the event that tells it (delivered, or failed for good) in the same transaction
    private static async Task SettleAsync(FrontlineDb db, OutboundEmail mail,
        Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<OutboundEmail>> set, Action<long, long?>? publish,
        CancellationToken ct)
    {
        await db.InTransactionAsync(async () =>
        {
            await db.OutboundEmails.Where(m => m.Id == mail.Id).ExecuteUpdateAsync(set, ct);
            if (publish is null) return 0;
            var about = await db.Touchpoints.Where(t => t.Id == mail.TouchpointId)
                .Select(t => new { t.CustomerId, t.CaseId }).FirstAsync(ct);
            publish(about.CustomerId, about.CaseId);
            return await db.SaveChangesAsync(ct);
        }, ct);
    }

    /// <summary>
    /// Sends a message that must not be kept (a one-time code): straight over SMTP, never written to the outbox.
    /// False when there is no SMTP server or it failed; the caller tells the person to try again.
    /// </summary>
    public async Task<bool> SendUnkeptAsync(string to, string subject, string body, CancellationToken ct)
    {
        if (options.SmtpHost is null) return false;
        var message = new MimeMessage { Subject = subject, Body = new TextPart("plain") { Text = body } };
        message.To.Add(MailboxAddress.Parse(to));
        try
        {
            await SendNowAsync(message, ct);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "Sending an unkept message failed.");
            return false;
        }
    }

    /// <summary>
    /// Sends a composed message straight over SMTP, from the care address when it names no sender; throws when the
    /// server cannot be reached or refuses it. The caller keeps its own record of what is sent (or keeps none).
    /// </summary>
    public async Task SendNowAsync(MimeMessage message, CancellationToken ct)
    {
        if (options.SmtpHost is null) throw new InvalidOperationException("No SMTP server is configured.");
        if (message.From.Count == 0) message.From.Add(new MailboxAddress(options.FromName, options.FromAddress));
        using var smtp = new SmtpClient();
        await smtp.ConnectAsync(options.SmtpHost, options.SmtpPort, options.SmtpSecurity, ct);
        if (options.SmtpUser is { Length: > 0 } user) await smtp.AuthenticateAsync(user, options.SmtpPassword ?? "",
            ct);
        await smtp.SendAsync(message, ct);
        await smtp.DisconnectAsync(true, ct);
    }

    private MimeMessage Compose(OutboundEmail mail, IReadOnlyList<Attachment> files)
    {
        var body = new BodyBuilder { TextBody = mail.Body };
        foreach (var file in files) body.Attachments.Add(file.FileName, file.Content,
            ContentType.Parse(file.ContentType));
        var message = new MimeMessage
        {
            Subject = mail.Subject, MessageId = mail.MessageId,
            Body = body.ToMessageBody()
        };
        message.From.Add(new MailboxAddress(options.FromName, options.FromAddress));
        message.To.Add(MailboxAddress.Parse(mail.To));
        if (mail.InReplyTo is not null) message.InReplyTo = mail.InReplyTo;
        foreach (var reference in (mail.References ?? "")
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)) message.References.Add(reference);
        return message;
    }
}
