using Frontline.Customers;
using Frontline.Identity;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Frontline.Cases;

internal sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> b)
    {
        b.Property(c => c.Subject).HasMaxLength(300);
        // every change stamps UpdatedAt, so it tells whether someone else changed the case meanwhile
        b.Property(c => c.UpdatedAt).IsConcurrencyToken();
        b.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(c => c.ResolvedFrom).HasConversion<string>().HasMaxLength(16);
        b.Property(c => c.Priority).HasConversion<string>().HasMaxLength(16);
        b.Property(c => c.Channel).HasConversion<string>().HasMaxLength(16);
        b.HasOne<Customer>().WithMany().HasForeignKey(c => c.CustomerId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(c => c.Category).WithMany().HasForeignKey(c => c.CategoryId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Asset>().WithMany().HasForeignKey(c => c.AssetId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<Agent>().WithMany().HasForeignKey(c => c.AssigneeId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<Team>().WithMany().HasForeignKey(c => c.TeamId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(c => new { c.CustomerId, c.OpenedAt });
        b.HasIndex(c => new { c.Status, c.OpenedAt });
        b.HasIndex(c => c.AssigneeId);
        b.HasIndex(c => c.TeamId);
    }
}

internal sealed class CategoryConfiguration : IEntityTypeConfiguration<Category>
{
    public void Configure(EntityTypeBuilder<Category> b)
    {
        b.Property(c => c.Name).HasMaxLength(100);
        b.Property(c => c.Description).HasMaxLength(1000);
        b.HasIndex(c => c.Name).IsUnique();
    }
}
