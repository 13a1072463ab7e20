using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Frontline.Identity;

internal sealed class AgentConfiguration : IEntityTypeConfiguration<Agent>
{
    public void Configure(EntityTypeBuilder<Agent> b) => b.Property(a => a.DisplayName).HasMaxLength(200);
}

internal sealed class TeamConfiguration : IEntityTypeConfiguration<Team>
{
    public void Configure(EntityTypeBuilder<Team> b)
    {
        b.Property(t => t.Name).HasMaxLength(100);
        b.Property(t => t.TimeZone).HasMaxLength(64);
        b.HasIndex(t => t.Name).IsUnique();
        b.Property(t => t.WorkingDays).HasMaxLength(20);
        b.HasMany(t => t.Members).WithOne().HasForeignKey(m => m.TeamId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(t => t.Holidays).WithOne().HasForeignKey(h => h.TeamId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TeamHolidayConfiguration : IEntityTypeConfiguration<TeamHoliday>
{
    public void Configure(EntityTypeBuilder<TeamHoliday> b)
    {
        b.Property(h => h.Name).HasMaxLength(100);
        b.HasIndex(h => new { h.TeamId, h.Date }).IsUnique();
    }
}

internal sealed class TeamMemberConfiguration : IEntityTypeConfiguration<TeamMember>
{
    public void Configure(EntityTypeBuilder<TeamMember> b)
    {
        b.HasKey(m => new { m.TeamId, m.AgentId });
        b.HasOne(m => m.Agent).WithMany().HasForeignKey(m => m.AgentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> b)
    {
        b.Property(k => k.Name).HasMaxLength(100);
        b.Property(k => k.Prefix).HasMaxLength(16);
        b.Property(k => k.Hash).HasMaxLength(64);
        b.Property(k => k.Role).HasMaxLength(16);
        b.HasIndex(k => k.Prefix).IsUnique();
        // plain columns, checked when a key is issued: people and service accounts are deactivated, never deleted,
        // and a foreign key added to an existing table would make SQLite rebuild it
        b.HasIndex(k => k.AgentId);
        b.HasIndex(k => k.ServiceAccountId);
    }
}
