using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Frontline.Identity.Sessions;

/// <summary>
/// One sign-in of a person (an agent by the staff cookie) or a customer (by the portal's cookie). The cookie holds only
/// the session's key, kept here as its hash; ending the row ends the sign-in on every node at once.
/// </summary>
public sealed class SignInSession
{
    public const int MaxUserAgent = 200;

    public long Id { get; set; }
    public required string KeyHash { get; set; }
    /// <summary>The cookie scheme that issued it: the staff's Identity cookie or the portal's <c>Customer</c>.</summary>
    public required string Scheme { get; set; }
    public long? AgentId { get; set; }
    public long? CustomerId { get; set; }
    /// <summary>The serialized authentication ticket (claims and properties), as the cookie would have carried it.</summary>
    public required byte[] Ticket { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime LastSeenAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? EndedAt { get; set; }
    public string UserAgent { get; set; } = "";
    public string Address { get; set; } = "";
}

internal sealed class SignInSessionConfiguration : IEntityTypeConfiguration<SignInSession>
{
    public void Configure(EntityTypeBuilder<SignInSession> b)
    {
        b.Property(s => s.KeyHash).HasMaxLength(64);
        b.HasIndex(s => s.KeyHash).IsUnique();
        b.Property(s => s.Scheme).HasMaxLength(32);
        b.Property(s => s.UserAgent).HasMaxLength(SignInSession.MaxUserAgent);
        b.Property(s => s.Address).HasMaxLength(64);
        // ending every session of one person at once reads by who
        b.HasIndex(s => new { s.AgentId, s.EndedAt });
        b.HasIndex(s => new { s.CustomerId, s.EndedAt });
        b.HasIndex(s => s.ExpiresAt);
        b.HasOne<Agent>().WithMany().HasForeignKey(s => s.AgentId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Customers.Customer>().WithMany().HasForeignKey(s => s.CustomerId).OnDelete(DeleteBehavior.Cascade);
    }
}
