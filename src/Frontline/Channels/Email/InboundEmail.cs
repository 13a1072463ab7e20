using System.Net;
using System.Text.RegularExpressions;
using Frontline.Customers;
using Frontline.Touchpoints;
using Ganss.Xss;
using MimeKit;

namespace Frontline.Channels.Email;

/// <summary>What became of one inbound e-mail: recorded, already recorded, or quarantined (kept raw, never lost).</summary>
public sealed record EmailReceipt(string Outcome, long? CustomerId, bool CustomerCreated, long? CaseId, TimelineEntry? Touchpoint,
    long? QuarantineId, string? Reason, IReadOnlyList<string> RefusedAttachments);

/// <summary>
/// An e-mail as a mail provider posts it (raw MIME): matched to its sender, threaded to its case by
/// In-Reply-To/References or the case number in the subject, its HTML sanitised, its attachments kept within
/// limits. A message that cannot be read is quarantined whole. A case number or a reference is a claim anyone can
/// type: a message joins a case only when its sender is one of that case's customer's addresses
/// (<see cref="ForeignReference"/> opens a case of the sender's own otherwise).
/// </summary>
public static partial class InboundEmail
{
    /// <summary>Who writes what arrives by e-mail.</summary>
    internal static readonly Identity.Actor Mailbox = new(null, null, "Inbound e-mail", Identity.Roles.Agent);

    private static readonly HtmlSanitizer Sanitizer = new();

    public static async Task<EmailReceipt> ReceiveAsync(FrontlineDb db, byte[] raw, DateTime now, CancellationToken ct)
    {
        MimeMessage message;
        try
        {
            message = await MimeMessage.LoadAsync(new MemoryStream(raw), ct);
        }
        catch (FormatException e)
        {
            return await QuarantineAsync(db, raw, $"Not readable as MIME: {e.Message}", now, ct);
        }
        var sender = message.From.Mailboxes.FirstOrDefault();
        var email = ContactPoints.NormalizeEmail(sender?.Address);
        if (email is null) return await QuarantineAsync(db, raw, "No sender address that can be read.", now, ct);

        var messageId = string.IsNullOrWhiteSpace(message.MessageId) ? null : TextRules.Clean(message.MessageId.Trim());
        if (messageId is { Length: > 200 }) messageId = null;
        if (messageId is not null && await db.Touchpoints.AsNoTracking().FirstOrDefaultAsync(t => t.Channel == Channel.Email && t.ExternalId == messageId, ct)
                is { } seen)
            return new EmailReceipt("duplicate", seen.CustomerId, false, seen.CaseId, TimelineEntry.Of(seen), null, null, []);

        var named = await ThreadAsync(db, message, ct);
        var read = Readable.Of(message, sender!);
        var html = read.Html is { } h ? Sanitizer.Sanitize(h) : null;
        var text = (read.Text ?? (html is null ? null : TextOf(html)) ?? "").Trim();
        var body = $"{read.Subject?.Trim()}\n\n{(text.Length > 0 ? text : "(no text)")}".Trim();
        if (body.Length > Touchpoint.MaxBodyLength) body = body[..Touchpoint.MaxBodyLength];

        try
        {
            return await RecordAsync(db, message, email, read, messageId, named, body, html, raw, now, ct);
        }
        catch (DbUpdateException) when (messageId is not null)
        {
            // the same message arrived twice at once (a retried webhook, two pollers): the other one recorded it
            db.ChangeTracker.Clear();
            var first = await db.Touchpoints.AsNoTracking()
                .FirstOrDefaultAsync(t => t.Channel == Channel.Email && t.ExternalId == messageId, ct);
            if (first is null) return await QuarantineAsync(db, raw, "Could not be recorded.", now, ct);
            return new EmailReceipt("duplicate", first.CustomerId, false, first.CaseId, TimelineEntry.Of(first), null, null, []);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // whatever cleaning missed: kept whole for an admin to read, never refused (a refusal is retried forever)
            db.ChangeTracker.Clear();
            var why = $"Could not be recorded: {e.GetBaseException().Message}";
            return await QuarantineAsync(db, raw, why, now, ct);
        }
    }

    private static async Task<EmailReceipt> RecordAsync(FrontlineDb db, MimeMessage message, string email,
        Readable read, string? messageId, NamedCase? named, string body, string? html, byte[] raw, DateTime now,
        CancellationToken ct)
    {
        return await db.InTransactionAsync(async () =>
        {
            var (customer, created) =
                await ContactMatch.FindOrCreateAsync(db, email, null, read.Name, ForeignReference.Mailbox, now, ct);
            await db.SaveChangesAsync(ct);
            var customerId = customer.Id;
            // the sender holds one of the case's customer's addresses (addresses are unique): the message is theirs
            var caseId = named is { } c && c.CustomerId == customer.Id ? c.CaseId : (long?)null;
            if (named is not null && caseId is null)
                caseId = await ForeignReference.OpenOwnCaseAsync(db, customer, named, read.Subject, now, ct);
            var touchpoint = new Touchpoint
            {
                CustomerId = customerId, CaseId = caseId, Channel = Channel.Email, Direction = Direction.Inbound,
                OccurredAt = message.Date == DateTimeOffset.MinValue || message.Date.UtcDateTime > now ? now : message.Date.UtcDateTime,
                RecordedAt = now, Author = $"{customer.Name} <{email}>".Fit(200), Body = body, BodyHtml = html,
                ExternalId = messageId,
            };
            db.RecordTouchpoint(Mailbox, now, touchpoint);
            await db.SaveChangesAsync(ct);
            // what was cleaned is kept as it came, beside what was recorded
            if (read.Cleaned) db.Attachments.Add(Readable.Original(touchpoint.Id, raw));
            var refused = await KeepAttachmentsAsync(db, message, touchpoint.Id, ct);
            return new EmailReceipt("recorded", customerId, created, caseId, TimelineEntry.Of(touchpoint), null, null, refused);
        }, ct);
    }

    /// <summary>
    /// The case a message names: the one its In-Reply-To or References point to, else a case number in its subject.
    /// Whether it may join that case depends on who sent it.
    /// </summary>
    private static async Task<NamedCase?> ThreadAsync(FrontlineDb db, MimeMessage message, CancellationToken ct)
    {
        var ids = message.References.Append(message.InReplyTo).OfType<string>().Where(i => i.Length is > 0 and <= 200).Distinct().ToList();
        if (ids.Count > 0 && await db.Touchpoints.Where(t => t.Channel == Channel.Email && ids.Contains(t.ExternalId!) && t.CaseId != null)
                .OrderByDescending(t => t.Id).Select(t => t.CaseId).FirstOrDefaultAsync(ct) is { } threaded)
            return await NamedAsync(db, threaded, true, ct);
        if (CaseNumber().Match(message.Subject ?? "") is { Success: true } m && Cases.Case.IdOf(m.Value) is { } id)
            return await NamedAsync(db, id, false, ct);
        return null;
    }

    private static Task<NamedCase?> NamedAsync(FrontlineDb db, long caseId, bool byReference, CancellationToken ct) =>
        db.Cases.AsNoTracking().Where(c => c.Id == caseId)
            .Select(c => new NamedCase(c.Id, c.CustomerId, c.CategoryId, byReference)).FirstOrDefaultAsync(ct);

    private static async Task<IReadOnlyList<string>> KeepAttachmentsAsync(FrontlineDb db, MimeMessage message, long touchpointId, CancellationToken ct)
    {
        var refused = new List<string>();
        foreach (var part in message.Attachments.OfType<MimePart>())
        {
            if (part.Content is null) continue;
            using var content = new MemoryStream();
            await part.Content.DecodeToAsync(content, ct);
            var name = TextRules.Clean(part.FileName ?? "attachment").Fit(255);
            if (AttachmentRules.Refusal(part.ContentType.MimeType, content.Length) is { } why)
            {
                refused.Add($"{name}: {why}");
                continue;
            }
            db.Attachments.Add(new Attachment
            {
                TouchpointId = touchpointId, FileName = name, Size = content.Length,
                ContentType = part.ContentType.MimeType.ToLowerInvariant().Fit(100),
                Content = content.ToArray(),
            });
        }
        await db.SaveChangesAsync(ct);
        return refused;
    }

    /// <summary>Keeps a message whole for an admin; the same message quarantined again is kept once.</summary>
    public static async Task<EmailReceipt> QuarantineAsync(FrontlineDb db, byte[] raw, string reason, DateTime now, CancellationToken ct)
    {
        var kept = await db.QuarantinedMessages.AsNoTracking().Where(q => q.Channel == "Email" && q.Raw == raw)
            .Select(q => new { q.Id, q.Reason }).FirstOrDefaultAsync(ct);
        if (kept is not null) return new EmailReceipt("quarantined", null, false, null, null, kept.Id, kept.Reason, []);
        var quarantined = new QuarantinedMessage
        {
            Channel = "Email", Reason = TextRules.Clean(reason).Fit(1000), Raw = raw, ReceivedAt = now,
        };
        db.QuarantinedMessages.Add(quarantined);
        await db.SaveChangesAsync(ct);
        return new EmailReceipt("quarantined", null, false, null, null, quarantined.Id, reason, []);
    }


    // block elements become line breaks, inline ones vanish; then runs of spaces and blank lines collapse
    private static string TextOf(string html)
    {
        var text = WebUtility.HtmlDecode(Tags().Replace(BlockTags().Replace(html, "\n"), ""));
        return string.Join('\n', text.Split('\n').Select(line => Spaces().Replace(line, " ").Trim()).Where(line => line.Length > 0));
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"<\s*/?\s*(p|br|div|li|tr|h[1-6])\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTags();

    [GeneratedRegex(@"[ \t\r]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\bC-\d{6,}\b", RegexOptions.IgnoreCase)]
    private static partial Regex CaseNumber();
}
