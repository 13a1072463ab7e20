using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Frontline.Events;

public enum DeliveryState { Pending, Done, Parked }

/// <summary>
/// One (event, handler) pair to be carried out: written with the event, claimed by one node at a time through a lease,
/// retried with backoff when the handler throws, parked when it keeps failing.
/// </summary>
public sealed class EventDelivery
{
    public const int MaxErrorLength = 2000;

    public long Id { get; set; }
    public long EventPosition { get; set; }
    public StoredEvent? Event { get; set; }
    public string Handler { get; set; } = "";
    /// <summary>Deliveries with the same key run one after another in position order ("case:7", "customer:3", "*").</summary>
    public string? OrderKey { get; set; }
    public DeliveryState State { get; set; }
    public int Attempts { get; set; }
    public DateTime DueAt { get; set; }
    /// <summary>While in the future, a node holds this delivery; after it, another node may take it over.</summary>
    public DateTime? LeaseUntil { get; set; }
    public string? ClaimToken { get; set; }
    public string? LastError { get; set; }
    public DateTime? DoneAt { get; set; }
}

internal sealed class EventDeliveryConfiguration : IEntityTypeConfiguration<EventDelivery>
{
    public void Configure(EntityTypeBuilder<EventDelivery> b)
    {
        b.ToTable("event_deliveries");
        b.Property(d => d.Handler).HasMaxLength(100);
        b.Property(d => d.OrderKey).HasMaxLength(64);
        b.Property(d => d.State).HasConversion<string>().HasMaxLength(16);
        b.Property(d => d.LastError).HasMaxLength(EventDelivery.MaxErrorLength);
        b.HasOne(d => d.Event).WithMany().HasForeignKey(d => d.EventPosition).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(d => new { d.EventPosition, d.Handler }).IsUnique();
        b.HasIndex(d => new { d.State, d.DueAt });
        b.HasIndex(d => new { d.Handler, d.OrderKey, d.EventPosition });
        b.Property(d => d.ClaimToken).HasMaxLength(32);
        b.HasIndex(d => d.ClaimToken);
    }
}
