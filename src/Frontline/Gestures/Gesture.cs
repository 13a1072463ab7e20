using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Frontline.Gestures;

/// <summary>
/// One line of the gesture ledger: what was given beyond the default, to whom, on which case, why, at what cost,
/// under which guideline version and by which authority, so generosity is visible.
/// </summary>
public sealed class Gesture
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public long CustomerId { get; set; }
    public long CategoryId { get; set; }
    public required string Kind { get; set; }
    public decimal Amount { get; set; }
    public string Currency { get; set; } = "EUR";
    public required string Reason { get; set; }
    public long? GuidelineId { get; set; }
    public int? GuidelineVersion { get; set; }
    /// <summary>The grant of authority it was given under, when granted at once.</summary>
    public long? GrantId { get; set; }
    /// <summary>The approval request that allowed it, when it went beyond the sandbox.</summary>
    public long? ApprovalRequestId { get; set; }
    public long? GrantedById { get; set; }
    public required string GrantedBy { get; set; }
    /// <summary>The team whose budget it counts against, for team budgets.</summary>
    public long? TeamId { get; set; }
    public DateTime GrantedAt { get; set; }
}

internal sealed class GestureConfiguration : IEntityTypeConfiguration<Gesture>
{
    public void Configure(EntityTypeBuilder<Gesture> b)
    {
        b.ToTable("gestures");
        b.Property(g => g.Kind).HasMaxLength(40);
        b.Property(g => g.Currency).HasMaxLength(3);
        b.Property(g => g.Reason).HasMaxLength(2000);
        b.Property(g => g.GrantedBy).HasMaxLength(200);
        b.HasOne<Cases.Case>().WithMany().HasForeignKey(g => g.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(g => new { g.GrantId, g.GrantedById, g.GrantedAt });
        b.HasIndex(g => new { g.GrantId, g.TeamId, g.GrantedAt });
        b.HasIndex(g => g.CaseId);
        // a merge moves a customer's gestures by customer
        b.HasIndex(g => g.CustomerId);
        b.HasIndex(g => g.GrantedAt);
    }
}
