using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Frontline.Customers;

/// <summary>The audit of one merge: who was merged into whom, by whom, what moved, and the merged record as it was.</summary>
public sealed class CustomerMerge
{
    public long Id { get; set; }
    public long SurvivorId { get; set; }
    public long MergedId { get; set; }
    public required string MergedName { get; set; }
    /// <summary>The merged customer as it was, in JSON, so nothing about it is lost.</summary>
    public required string MergedSnapshot { get; set; }
    public int CasesMoved { get; set; }
    public int TouchpointsMoved { get; set; }
    public int AssetsMoved { get; set; }
    public long? MergedById { get; set; }
    public required string MergedBy { get; set; }
    public DateTime MergedAt { get; set; }
}

internal sealed class CustomerMergeConfiguration : IEntityTypeConfiguration<CustomerMerge>
{
    public void Configure(EntityTypeBuilder<CustomerMerge> b)
    {
        b.Property(m => m.MergedName).HasMaxLength(200);
        b.Property(m => m.MergedBy).HasMaxLength(200);
        b.HasIndex(m => m.SurvivorId);
        b.HasIndex(m => m.MergedId);
    }
}
