using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Frontline.Approvals;

public enum ApprovalStatus { Pending, Approved, Declined }

/// <summary>A gesture beyond the asker's sandbox, waiting at the lowest level that can decide, due before the customer's deadline.</summary>
public sealed class ApprovalRequest
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public long CustomerId { get; set; }
    public long CategoryId { get; set; }
    public required string Gesture { get; set; }
    public decimal Amount { get; set; }
    public string Currency { get; set; } = "EUR";
    public required string Reason { get; set; }
    public required string Level { get; set; }
    public DateTime DueBy { get; set; }
    /// <summary>The customer's deadline left less than the usual working time to decide.</summary>
    public bool Urgent { get; set; }
    public required string Why { get; set; }
    public long? GuidelineId { get; set; }
    public int? GuidelineVersion { get; set; }
    /// <summary>The person who asked, also when a key acting for them asked.</summary>
    public long? RequestedById { get; set; }
    public required string RequestedBy { get; set; }
    /// <summary>The API key that asked, if a key did.</summary>
    public long? RequestedByApiKeyId { get; set; }
    /// <summary>The service account whose key asked: its own keys never decide the request.</summary>
    public long? RequestedByServiceAccountId { get; set; }
    /// <summary>The asker's team (a service account's team; a person's first team): its lead decides.</summary>
    public long? RequestedByTeamId { get; set; }
    public DateTime RequestedAt { get; set; }
    public ApprovalStatus Status { get; set; }
    public long? DecidedById { get; set; }
    public string? DecidedBy { get; set; }
    public DateTime? DecidedAt { get; set; }
    /// <summary>The amount approved, which may differ from the one asked for.</summary>
    public decimal? ApprovedAmount { get; set; }
    /// <summary>The kind approved, which may differ from the one asked for (a credit instead of a refund).</summary>
    public string? ApprovedGesture { get; set; }
    /// <summary>What the approver offers instead when declining: never a bare no.</summary>
    public string? Alternative { get; set; }
    public string? Note { get; set; }
}

internal sealed class ApprovalRequestConfiguration : IEntityTypeConfiguration<ApprovalRequest>
{
    public void Configure(EntityTypeBuilder<ApprovalRequest> b)
    {
        b.Property(r => r.Gesture).HasMaxLength(40);
        b.Property(r => r.Currency).HasMaxLength(3);
        b.Property(r => r.Reason).HasMaxLength(2000);
        b.Property(r => r.Level).HasMaxLength(16);
        b.Property(r => r.ApprovedGesture).HasMaxLength(40);
        b.Property(r => r.Why).HasMaxLength(2000);
        b.Property(r => r.RequestedBy).HasMaxLength(200);
        b.Property(r => r.DecidedBy).HasMaxLength(200);
        b.Property(r => r.Alternative).HasMaxLength(2000);
        b.Property(r => r.Note).HasMaxLength(2000);
        // two approvers deciding at once: the second finds the status changed and is told so
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(16).IsConcurrencyToken();
        b.HasOne<Cases.Case>().WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(r => new { r.Status, r.Level, r.DueBy });
        b.HasIndex(r => r.CaseId);
    }
}
