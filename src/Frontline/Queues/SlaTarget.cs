using Frontline.Cases;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Frontline.Queues;

/// <summary>
/// How fast a case is answered and resolved, in working hours of the team's calendar: per priority, and per
/// category where a category needs its own (a target without a category applies to every category).
/// </summary>
public sealed class SlaTarget
{
    public long Id { get; set; }
    public long? CategoryId { get; set; }
    public CasePriority Priority { get; set; }
    public double FirstResponseHours { get; set; }
    public double ResolutionHours { get; set; }
}

internal sealed class SlaTargetConfiguration : IEntityTypeConfiguration<SlaTarget>
{
    public void Configure(EntityTypeBuilder<SlaTarget> b)
    {
        b.Property(t => t.Priority).HasConversion<string>().HasMaxLength(16);
        b.HasIndex(t => new { t.CategoryId, t.Priority }).IsUnique();
        b.HasOne<Category>().WithMany().HasForeignKey(t => t.CategoryId).OnDelete(DeleteBehavior.Cascade);
    }
}
