using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Frontline.Channels.Email;

public enum DeliveryStatus { Queued, Sending, Sent, Failed }

/// <summary>
/// An e-mail waiting to leave, written in the same transaction as its touchpoint: a reply acknowledged to the agent is
/// never lost, and a failed delivery is tried again. It leaves when its touchpoint.recorded is handled
/// (<see cref="Outbound.DeliverQueuedMail"/>), and again every minute while it waits (Jobs/DeliverMailJob).
/// </summary>
public sealed class OutboundEmail
{
    public long Id { get; set; }
    public long TouchpointId { get; set; }
    public required string To { get; set; }
    public required string Subject { get; set; }
    public required string MessageId { get; set; }
    public string? InReplyTo { get; set; }
    /// <summary>The thread's earlier Message-IDs, space-separated.</summary>
    public string? References { get; set; }
    public required string Body { get; set; }
    public DeliveryStatus Status { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? SentAt { get; set; }

    public const int MaxAttempts = 5;

    /// <summary>
    /// Writes an outgoing e-mail's touchpoint and its outbox row together (inside the caller's transaction); the
    /// touchpoint keeps the Message-ID, so the customer's reply threads back to it.
    /// </summary>
    public static async Task<OutboundEmail> QueueAsync(FrontlineDb db, MailOptions mail, Identity.Actor actor,
        Touchpoints.Touchpoint touchpoint,
        string to, string subject, string? inReplyTo, string? references, DateTime now, CancellationToken ct, string? body = null)
    {
        touchpoint.ExternalId = MimeKit.Utils.MimeUtils.GenerateMessageId(mail.FromAddress.Split('@').Last());
        Touchpoints.TouchpointWrites.RecordTouchpoint(db, actor, now, touchpoint);
        await db.SaveChangesAsync(ct);
        var outgoing = new OutboundEmail
        {
            TouchpointId = touchpoint.Id, To = to, Subject = subject, MessageId = touchpoint.ExternalId, InReplyTo = inReplyTo, References = references,
            // the message may carry more than the timeline shows (a sign-in link is for the customer's eyes only)
            Body = body ?? touchpoint.Body, Status = DeliveryStatus.Queued, CreatedAt = now,
        };
        db.OutboundEmails.Add(outgoing);
        await db.SaveChangesAsync(ct);
        return outgoing;
    }
}

internal sealed class OutboundEmailConfiguration : IEntityTypeConfiguration<OutboundEmail>
{
    public void Configure(EntityTypeBuilder<OutboundEmail> b)
    {
        b.Property(m => m.To).HasMaxLength(254);
        b.Property(m => m.Subject).HasMaxLength(400);
        b.Property(m => m.MessageId).HasMaxLength(200);
        b.Property(m => m.InReplyTo).HasMaxLength(200);
        b.Property(m => m.LastError).HasMaxLength(1000);
        b.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
        b.HasOne<Touchpoints.Touchpoint>().WithMany().HasForeignKey(m => m.TouchpointId)
            .OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(m => m.Status);
    }
}
