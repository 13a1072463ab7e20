using Frontline.Customers;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Frontline.Authority;

public enum HolderKind { Role, Team, Agent }

public enum BudgetPeriod { Day, Week, Month }

/// <summary>Whether a period budget is counted for each person or shared by the whole team.</summary>
public enum BudgetScope { PerAgent, PerTeam }

/// <summary>
/// One piece of a sandbox: a role, a team or one agent may grant one kind of gesture, in some categories, for
/// some customer tiers, up to an amount each and within a budget per period.
/// </summary>
public sealed class AuthorityGrant
{
    public long Id { get; set; }
    public HolderKind HolderKind { get; set; }
    /// <summary>The role, for a role's grant.</summary>
    public string? HolderRole { get; set; }
    public long? HolderTeamId { get; set; }
    public long? HolderAgentId { get; set; }
    public required string Gesture { get; set; }
    /// <summary>Empty: every category.</summary>
    public List<long> CategoryIds { get; set; } = [];
    /// <summary>Empty: every tier.</summary>
    public List<LoyaltyTier> Tiers { get; set; } = [];
    public decimal MaxPerGesture { get; set; }
    public string Currency { get; set; } = "EUR";
    public decimal? BudgetAmount { get; set; }
    public BudgetPeriod? BudgetPeriod { get; set; }
    public BudgetScope? BudgetScope { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTime? RevokedAt { get; set; }
}

internal sealed class AuthorityGrantConfiguration : IEntityTypeConfiguration<AuthorityGrant>
{
    public void Configure(EntityTypeBuilder<AuthorityGrant> b)
    {
        b.Property(g => g.HolderKind).HasConversion<string>().HasMaxLength(16);
        b.Property(g => g.HolderRole).HasMaxLength(16);
        b.Property(g => g.Gesture).HasMaxLength(40);
        b.Property(g => g.Currency).HasMaxLength(3);
        b.Property(g => g.BudgetPeriod).HasConversion<string>().HasMaxLength(8);
        b.Property(g => g.BudgetScope).HasConversion<string>().HasMaxLength(16);
        b.Property(g => g.CreatedBy).HasMaxLength(200);
        b.HasIndex(g => new { g.HolderKind, g.HolderRole });
        b.HasIndex(g => g.HolderTeamId);
        b.HasIndex(g => g.HolderAgentId);
    }
}
