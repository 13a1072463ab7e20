using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Frontline.Customers;

/// <summary>
/// One change of a fact that decides authority (a customer's tier, lifetime value or start; an asset's purchase
/// date, channel, seller or warranty): who changed it, when, from what to what. An asset's facts given when it is
/// recorded are kept too, with nothing before.
/// </summary>
public sealed class CustomerFactChange
{
    public long Id { get; set; }
    public long CustomerId { get; set; }
    public long? AssetId { get; set; }
    /// <summary>The field as the API names it: loyaltyTier, lifetimeValue, customerSince, purchasedOn, ….</summary>
    public required string Fact { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
    public DateTime ChangedAt { get; set; }
    /// <summary>The person who changed it, also when a key acting for them did.</summary>
    public long? ChangedByAgentId { get; set; }
    public long? ChangedByServiceAccountId { get; set; }
    public long? ChangedByApiKeyId { get; set; }
    public required string ChangedBy { get; set; }
}

internal sealed class CustomerFactChangeConfiguration : IEntityTypeConfiguration<CustomerFactChange>
{
    public void Configure(EntityTypeBuilder<CustomerFactChange> b)
    {
        b.Property(c => c.Fact).HasMaxLength(40);
        b.Property(c => c.Before).HasMaxLength(200);
        b.Property(c => c.After).HasMaxLength(200);
        b.Property(c => c.ChangedBy).HasMaxLength(200);
        b.HasOne<Customer>().WithMany().HasForeignKey(c => c.CustomerId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(c => new { c.CustomerId, c.ChangedAt });
    }
}
