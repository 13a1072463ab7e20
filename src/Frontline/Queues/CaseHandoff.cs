using Frontline.Cases;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Frontline.Queues;

/// <summary>A case passed from one owner to another (agent, team or both): every pass is a handoff, and they are counted.</summary>
public sealed class CaseHandoff
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public long? FromAgentId { get; set; }
    public long? FromTeamId { get; set; }
    public long? ToAgentId { get; set; }
    public long? ToTeamId { get; set; }
    public DateTime At { get; set; }
    public long? ByAgentId { get; set; }
    public required string By { get; set; }
    /// <summary>How the new owner was chosen: "manual" or "round-robin".</summary>
    public required string How { get; set; }
}

internal sealed class CaseHandoffConfiguration : IEntityTypeConfiguration<CaseHandoff>
{
    public void Configure(EntityTypeBuilder<CaseHandoff> b)
    {
        b.Property(h => h.By).HasMaxLength(200);
        b.Property(h => h.How).HasMaxLength(16);
        b.HasIndex(h => new { h.CaseId, h.At });
        b.HasOne<Case>().WithMany().HasForeignKey(h => h.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}
