using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Frontline.Customers;

internal sealed class AssetConfiguration : IEntityTypeConfiguration<Asset>
{
    public void Configure(EntityTypeBuilder<Asset> b)
    {
        b.Property(a => a.Reference).HasMaxLength(100);
        b.Property(a => a.Seller).HasMaxLength(200);
        b.Property(a => a.Currency).HasMaxLength(3);
        b.Property(a => a.PurchaseChannel).HasConversion<string>().HasMaxLength(16);
        b.HasOne(a => a.Product).WithMany().HasForeignKey(a => a.ProductId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(a => a.CustomerId);
    }
}

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> b)
    {
        b.Property(p => p.Sku).HasMaxLength(64);
        b.Property(p => p.Name).HasMaxLength(200);
        b.Property(p => p.Kind).HasMaxLength(64);
        b.HasIndex(p => p.Sku).IsUnique();
    }
}
