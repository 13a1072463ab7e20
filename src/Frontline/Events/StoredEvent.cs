using System.Text.Json;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Frontline.Events;

/// <summary>
/// One published fact as stored in the outbox: its position (only grows), when, who (person or API key, and from
/// which address), which case and customer it concerns, its type name, schema version and JSON payload.
/// </summary>
public sealed class StoredEvent
{
    public const int MaxTypeLength = 100;

    public long Position { get; set; }
    public string Type { get; set; } = "";
    public int SchemaVersion { get; set; } = 1;
    public DateTime OccurredAt { get; set; }
    public long? CaseId { get; set; }
    public long? CustomerId { get; set; }
    public long? ActorAgentId { get; set; }
    public long? ActorApiKeyId { get; set; }
    public long? ActorServiceAccountId { get; set; }
    public string ActorName { get; set; } = "";
    public string? ActorAddress { get; set; }
    public string Payload { get; set; } = "{}";
    /// <summary>Whether its deliveries (one per subscribed handler) have been written.</summary>
    public bool FannedOut { get; set; }

    /// <summary>The payload as the record it was published as.</summary>
    public T Read<T>() where T : IEvent =>
        JsonSerializer.Deserialize<T>(Payload, EventJson.Options) ?? throw new InvalidOperationException($"Event {Position} has no payload.");
}

internal sealed class StoredEventConfiguration : IEntityTypeConfiguration<StoredEvent>
{
    public void Configure(EntityTypeBuilder<StoredEvent> b)
    {
        b.ToTable("events");
        b.HasKey(e => e.Position);
        b.Property(e => e.Type).HasMaxLength(StoredEvent.MaxTypeLength);
        b.Property(e => e.ActorName).HasMaxLength(200);
        b.Property(e => e.ActorAddress).HasMaxLength(64);
        b.HasIndex(e => e.CaseId);
        b.HasIndex(e => e.CustomerId);
        b.HasIndex(e => new { e.Type, e.Position });
        b.HasIndex(e => new { e.FannedOut, e.Position });
    }
}
