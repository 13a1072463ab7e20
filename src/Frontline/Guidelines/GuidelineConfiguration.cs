using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Frontline.Guidelines;

internal sealed class GuidelineConfiguration : IEntityTypeConfiguration<Guideline>
{
    public void Configure(EntityTypeBuilder<Guideline> b)
    {
        b.Property(g => g.Name).HasMaxLength(200);
        b.HasOne(g => g.Category).WithMany().HasForeignKey(g => g.CategoryId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(g => g.Versions).WithOne().HasForeignKey(v => v.GuidelineId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(g => g.CategoryId);
    }
}

internal sealed class GuidelineVersionConfiguration : IEntityTypeConfiguration<GuidelineVersion>
{
    public void Configure(EntityTypeBuilder<GuidelineVersion> b)
    {
        b.Property(v => v.CreatedBy).HasMaxLength(200);
        b.HasIndex(v => new { v.GuidelineId, v.Version }).IsUnique();
    }
}
