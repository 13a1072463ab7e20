using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Frontline.Notifications;

/// <summary>A kind of notification a person also wants by e-mail (no row: in Frontline only).</summary>
internal sealed class NotificationPreference
{
    public long AgentId { get; set; }
    public NotificationKind Kind { get; set; }
}

internal sealed class NotificationPreferenceConfiguration : IEntityTypeConfiguration<NotificationPreference>
{
    public void Configure(EntityTypeBuilder<NotificationPreference> b)
    {
        b.ToTable("notification_email_kinds");
        b.HasKey(p => new { p.AgentId, p.Kind });
        b.Property(p => p.Kind).HasConversion<string>().HasMaxLength(32);
        b.HasOne<Identity.Agent>().WithMany().HasForeignKey(p => p.AgentId).OnDelete(DeleteBehavior.Cascade);
    }
}
