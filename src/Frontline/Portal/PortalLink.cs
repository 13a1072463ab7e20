using Frontline.Identity;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Frontline.Portal;

/// <summary>
/// A sign-in link sent to a customer's e-mail address: used once, before it expires, it signs them in to the
/// portal (and opens the case it was sent about). Only the token's hash is kept.
/// </summary>
public sealed class PortalLink
{
    public long Id { get; set; }
    public required string TokenHash { get; set; }
    public long CustomerId { get; set; }
    public long? CaseId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? UsedAt { get; set; }

    public static (PortalLink Link, string Token) Issue(long customerId, long? caseId, DateTime now, TimeSpan lifetime)
    {
        var token = SecretToken.New();
        return (new PortalLink { TokenHash = SecretToken.HashOf(token), CustomerId = customerId, CaseId = caseId, CreatedAt = now, ExpiresAt = now + lifetime },
            token);
    }
}

internal sealed class PortalLinkConfiguration : IEntityTypeConfiguration<PortalLink>
{
    public void Configure(EntityTypeBuilder<PortalLink> b)
    {
        b.Property(l => l.TokenHash).HasMaxLength(64);
        b.HasIndex(l => l.TokenHash).IsUnique();
        b.HasIndex(l => l.ExpiresAt);
        b.HasOne<Customers.Customer>().WithMany().HasForeignKey(l => l.CustomerId).OnDelete(DeleteBehavior.Cascade);
    }
}
