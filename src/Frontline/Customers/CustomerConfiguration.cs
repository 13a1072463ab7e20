using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Frontline.Customers;

internal sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> b)
    {
        b.Property(c => c.Name).HasMaxLength(200);
        b.Property(c => c.SearchName).HasMaxLength(200);
        b.Property(c => c.TimeZone).HasMaxLength(64);
        b.Property(c => c.Currency).HasMaxLength(3);
        b.Property(c => c.LoyaltyTier).HasConversion<string>().HasMaxLength(16);
        b.HasMany(c => c.Emails).WithOne().HasForeignKey(e => e.CustomerId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Phones).WithOne().HasForeignKey(p => p.CustomerId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Assets).WithOne().HasForeignKey(a => a.CustomerId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CustomerEmailConfiguration : IEntityTypeConfiguration<CustomerEmail>
{
    public void Configure(EntityTypeBuilder<CustomerEmail> b)
    {
        b.Property(e => e.Address).HasMaxLength(254);
        b.HasIndex(e => e.Address).IsUnique();
        b.HasIndex(e => e.CustomerId);
    }
}

internal sealed class CustomerPhoneConfiguration : IEntityTypeConfiguration<CustomerPhone>
{
    public void Configure(EntityTypeBuilder<CustomerPhone> b)
    {
        b.Property(p => p.Number).HasMaxLength(20);
        b.HasIndex(p => p.Number);
        b.HasIndex(p => p.CustomerId);
    }
}
