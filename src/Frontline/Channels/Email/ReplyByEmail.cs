using System.Security.Claims;
using Frontline.Cases;
using Frontline.Events;
using Frontline.Identity;
using Frontline.Touchpoints;

namespace Frontline.Channels.Email;

/// <param name="Attachments">Files sent with the reply (a return label, an invoice): each within the kept types and sizes.</param>
public sealed record EmailReplyInput(string? Body, string? Quote = null, long? ArticleId = null,
    IReadOnlyList<FileInput>? Attachments = null);

/// <summary>A file as a client sends it; <paramref name="Content"/> travels as base64 in JSON.</summary>
public sealed record FileInput(string? FileName, string? ContentType, byte[]? Content);

public sealed record EmailReplyView(TimelineEntry Touchpoint, string To, string Subject, string MessageId,
    string? InReplyTo, DeliveryStatus Delivery);

/// <summary>A reply written to the timeline and waiting in the outbox.</summary>
public sealed record QueuedReply(long OutboxId, EmailReplyView View);

/// <summary>
/// An agent answers a case by e-mail: the reply joins the thread (In-Reply-To, References, the case number in the
/// subject), is written to the timeline and the outbox together with reply.sent, and leaves over SMTP once committed.
/// </summary>
public static class ReplyByEmail
{
    internal static async Task<Results<Created<EmailReplyView>, NotFound, ValidationProblem>> Handle(
        long id, EmailReplyInput input, ClaimsPrincipal user, FrontlineDb db, MailOptions mail, TimeProvider clock, CancellationToken ct)
    {
        var outcome = await RunAsync(db, id, input, Actor.Of(user), mail, clock.GetUtcNow().UtcDateTime, ct);
        // safe in the outbox: it leaves once the reply is committed (Outbound/DeliverQueuedMail), and the job tries again
        if (outcome.Value is not { } reply) return outcome.Missing ? TypedResults.NotFound() : outcome.Refused!.Problem();
        return TypedResults.Created($"/api/v1/cases/{id}/timeline", reply.View);
    }

    public static async Task<Outcome<QueuedReply>> RunAsync(FrontlineDb db, long caseId, EmailReplyInput input,
        Actor actor, MailOptions mail,
        DateTime now, CancellationToken ct)
    {
        var target = await db.Cases.AsNoTracking().Where(c => c.Id == caseId).Select(c => new
        {
            c.CustomerId, c.Subject,
            Address = db.CustomerEmails.Where(e => e.CustomerId == c.CustomerId).OrderByDescending(e => e.IsPrimary).ThenBy(e => e.Id)
                .Select(e => e.Address).FirstOrDefault(),
        }).FirstOrDefaultAsync(ct);
        if (target is null) return Outcome<QueuedReply>.NotFound();
        var errors = new Errors();
        if (target.Address is null) errors.Add("to",
            "The customer has no e-mail address: add one, or answer on another channel.");
        var inserts = await Inserts.ReadAsync(db, input.Quote, input.ArticleId, target.CustomerId, now, errors, ct);
        var files = AttachmentRules.Read(input.Attachments, "attachments", errors);
        var text = errors.Text("body", input.Body, Touchpoint.MaxBodyLength,
            required: inserts.Text.Length == 0 && files.Count == 0);
        if (errors.Any) return errors;

        var thread = await db.Touchpoints.AsNoTracking()
            .Where(t => t.CaseId == caseId && t.Channel == Channel.Email && t.ExternalId != null)
            .OrderBy(t => t.OccurredAt).ThenBy(t => t.Id).Select(t => new { t.ExternalId, t.Direction }).ToListAsync(ct);
        var inReplyTo = thread.LastOrDefault(t => t.Direction == Direction.Inbound)?.ExternalId ?? thread.LastOrDefault()?.ExternalId;
        var body = (text + inserts.Text).Trim();
        var subject = $"Re: {target.Subject} [{Case.NumberOf(caseId)}]";

        return await db.InTransactionAsync(async () =>
        {
            if (actor.IsPerson) await Queues.Sla.MarkFirstResponseAsync(db, caseId, now, ct);
            var touchpoint = new Touchpoint
            {
                CustomerId = target.CustomerId, CaseId = caseId, Channel = Channel.Email, Direction = Direction.Outbound, OccurredAt = now, RecordedAt = now,
                Author = actor.Name, AuthorAgentId = actor.AgentId, Body = body, QuotedPriceItemId = inserts.Price?.Id,
                QuotedAmount = inserts.Price?.Amount, QuotedCurrency = inserts.Price?.Currency, ArticleId = inserts.ArticleId,
            };
            var outgoing = await OutboundEmail.QueueAsync(db, mail, actor, touchpoint, target.Address!, subject,
                inReplyTo,
                thread.Count == 0 ? null : string.Join(' ', thread.Select(t => t.ExternalId)), now, ct);
            var kept = AttachmentRules.Keep(db, touchpoint.Id, files);
            db.Publish(actor, now,
                new ReplySent(touchpoint.Id, caseId, target.CustomerId, Channel.Email, actor.AgentId));
            await db.SaveChangesAsync(ct);
            return (Outcome<QueuedReply>)new QueuedReply(outgoing.Id, new EmailReplyView(
                TimelineEntry.Of(touchpoint, kept.Select(a => new AttachmentInfo(a.Id, a.FileName, a.ContentType, a.Size))),
                outgoing.To, subject, outgoing.MessageId, inReplyTo, DeliveryStatus.Queued));
        }, ct);
    }
}
