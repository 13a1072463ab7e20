using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Frontline.Audit;

/// <summary>How an audited attempt ended.</summary>
public enum AuditOutcome
{
    /// <summary>A write that was committed.</summary>
    Done,
    /// <summary>Refused to someone known (403, or a use case's refusal).</summary>
    Denied,
    /// <summary>Refused because nobody was signed in, or the key was not accepted (401).</summary>
    Unauthenticated,
}

/// <summary>
/// One row of the append-only audit log, made from one published event: who (person, key, service account, address),
/// what (the event type, or the refused request), when, the outcome, and the chain: the SHA-256 of this row's
/// canonical content (see <see cref="AuditChain"/>), which includes the hash of the row before it.
/// </summary>
internal sealed class AuditEntry
{
    public long Id { get; set; }
    public long EventPosition { get; set; }
    public DateTime OccurredAt { get; set; }
    public string Type { get; set; } = "";
    public string What { get; set; } = "";
    public AuditOutcome Outcome { get; set; }
    public int? Status { get; set; }
    public string? Reason { get; set; }
    public long? CaseId { get; set; }
    public long? CustomerId { get; set; }
    public string ActorName { get; set; } = "";
    public long? ActorAgentId { get; set; }
    public long? ActorApiKeyId { get; set; }
    public long? ActorServiceAccountId { get; set; }
    public string? ActorAddress { get; set; }
    public string PreviousHash { get; set; } = "";
    public string Hash { get; set; } = "";
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public const string Table = "audit_log";

    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable(Table);
        b.Property(a => a.Type).HasMaxLength(Events.StoredEvent.MaxTypeLength);
        b.Property(a => a.What).HasMaxLength(AuditChain.MaxWhat);
        b.Property(a => a.Outcome).HasConversion<string>().HasMaxLength(16);
        b.Property(a => a.Reason).HasMaxLength(AuditChain.MaxReason);
        b.Property(a => a.ActorName).HasMaxLength(200);
        b.Property(a => a.ActorAddress).HasMaxLength(64);
        b.Property(a => a.PreviousHash).HasMaxLength(64);
        b.Property(a => a.Hash).HasMaxLength(64);
        // an event is logged once; a row follows one row only, so two writers can never fork the chain
        b.HasIndex(a => a.EventPosition).IsUnique();
        b.HasIndex(a => a.PreviousHash).IsUnique();
        b.HasIndex(a => new { a.Type, a.Id });
        b.HasIndex(a => a.CaseId);
        b.HasIndex(a => a.OccurredAt);
    }
}
