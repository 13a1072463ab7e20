using Frontline.Events;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Frontline.Webhooks;

internal enum MessageState { Pending, Delivered, Failed }

/// <summary>
/// One event for one endpoint: its body and webhook-id are fixed when it is written, so every attempt (a retry, a
/// replay, a second node after a crash) carries the same id and the receiver can drop repeats.
/// </summary>
internal sealed class WebhookMessage
{
    public long Id { get; set; }
    public long EndpointId { get; set; }
    public WebhookEndpoint? Endpoint { get; set; }
    public long EventPosition { get; set; }
    public string WebhookId { get; set; } = "";
    public string EventType { get; set; } = "";
    public string Body { get; set; } = "";
    public MessageState State { get; set; }
    public int Attempts { get; set; }
    /// <summary>An admin asked for one more attempt at a finished message: if it fails, the message is failed again.</summary>
    public bool Replay { get; set; }
    public DateTime DueAt { get; set; }
    public DateTime? LeaseUntil { get; set; }
    public string? ClaimToken { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? DeliveredAt { get; set; }

    /// <summary>The same for every attempt at this event to this endpoint.</summary>
    public static string IdFor(long position, long endpointId) => $"msg_{position}_{endpointId}";
}

internal sealed class WebhookMessageConfiguration : IEntityTypeConfiguration<WebhookMessage>
{
    public void Configure(EntityTypeBuilder<WebhookMessage> b)
    {
        b.ToTable("webhook_messages");
        b.Property(m => m.WebhookId).HasMaxLength(64);
        b.Property(m => m.EventType).HasMaxLength(StoredEvent.MaxTypeLength);
        b.Property(m => m.State).HasConversion<string>().HasMaxLength(16);
        b.Property(m => m.ClaimToken).HasMaxLength(32);
        b.HasOne(m => m.Endpoint).WithMany().HasForeignKey(m => m.EndpointId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<StoredEvent>().WithMany().HasForeignKey(m => m.EventPosition).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(m => new { m.EndpointId, m.EventPosition }).IsUnique();
        b.HasIndex(m => m.WebhookId).IsUnique();
        b.HasIndex(m => new { m.State, m.DueAt });
        b.HasIndex(m => m.ClaimToken);
    }
}
