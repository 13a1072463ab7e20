using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Frontline.Notifications;

/// <summary>Whether a notification also goes out by e-mail, and how far it got.</summary>
public enum NotificationMailState { NotWanted, Queued, Sending, Sent, Failed }

/// <summary>
/// One thing a person should know, made from one event: at most one per (event, person), so an event delivered twice
/// notifies once.
/// </summary>
internal sealed class Notification
{
    public const int MaxTextLength = 500;
    public const int MaxMailAttempts = 5;

    public long Id { get; set; }
    public long RecipientId { get; set; }
    public NotificationKind Kind { get; set; }
    public required string Text { get; set; }
    /// <summary>Where in Frontline it leads: the case, or the approval inbox.</summary>
    public required string Link { get; set; }
    public long EventPosition { get; set; }
    public long? CaseId { get; set; }
    public long? ApprovalId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ReadAt { get; set; }
    public NotificationMailState Mail { get; set; }
    public int MailAttempts { get; set; }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.ToTable("notifications");
        b.Property(n => n.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(n => n.Text).HasMaxLength(Notification.MaxTextLength);
        b.Property(n => n.Link).HasMaxLength(200);
        b.Property(n => n.Mail).HasConversion<string>().HasMaxLength(16);
        b.HasOne<Identity.Agent>().WithMany().HasForeignKey(n => n.RecipientId).OnDelete(DeleteBehavior.Cascade);
        // the idempotency of delivery: a second delivery of the same event finds its row and adds none
        b.HasIndex(n => new { n.EventPosition, n.RecipientId }).IsUnique();
        b.HasIndex(n => new { n.RecipientId, n.ReadAt, n.Id });
        b.HasIndex(n => n.Mail);
    }
}
