using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Frontline.Identity;

/// <summary>
/// A named integration that raises or decides requests as a member of one team: an API key acts for a person or
/// for one of these, so every request has someone behind it and a lead to go to.
/// </summary>
public sealed class ServiceAccount
{
    public long Id { get; set; }
    public required string Name { get; set; }
    public long TeamId { get; set; }
    public string? Description { get; set; }
    /// <summary>May its keys change the facts that decide authority (tier, value, tenure, purchases)?</summary>
    public bool ChangesCustomerData { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? DeactivatedAt { get; set; }
}

internal sealed class ServiceAccountConfiguration : IEntityTypeConfiguration<ServiceAccount>
{
    public void Configure(EntityTypeBuilder<ServiceAccount> b)
    {
        b.Property(s => s.Name).HasMaxLength(100);
        b.Property(s => s.Description).HasMaxLength(500);
        b.HasIndex(s => s.Name).IsUnique();
        b.HasOne<Team>().WithMany().HasForeignKey(s => s.TeamId).OnDelete(DeleteBehavior.Restrict);
    }
}
