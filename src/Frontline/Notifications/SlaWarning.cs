using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Frontline.Notifications;

/// <summary>A case warned of for one resolution due time: warned once, and again only when the due time moves.</summary>
internal sealed class SlaWarning
{
    public long CaseId { get; set; }
    public DateTime DueAt { get; set; }
    public DateTime WarnedAt { get; set; }
}

internal sealed class SlaWarningConfiguration : IEntityTypeConfiguration<SlaWarning>
{
    public void Configure(EntityTypeBuilder<SlaWarning> b)
    {
        b.ToTable("sla_warnings");
        b.HasKey(w => new { w.CaseId, w.DueAt });
        b.HasOne<Cases.Case>().WithMany().HasForeignKey(w => w.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}
