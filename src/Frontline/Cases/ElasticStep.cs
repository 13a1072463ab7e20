using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Frontline.Cases;

/// <summary>The ELASTIC way through a recovery, in order.</summary>
public enum ElasticStep { Empathize, Listen, Apologize, Sort, Thank, Inform, Close }

/// <summary>What an agent did at one step of the guide on one case; the latest record of a step is what the case shows.</summary>
public sealed class ElasticRecord
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public ElasticStep Step { get; set; }
    public required string Note { get; set; }
    public long? AgentId { get; set; }
    public required string By { get; set; }
    public DateTime At { get; set; }

    /// <summary>The short prompt an agent sees at each step.</summary>
    public static string PromptOf(ElasticStep step) => step switch
    {
        ElasticStep.Empathize => "Show you understand how this feels for them, in your own words.",
        ElasticStep.Listen => "Let them tell the whole story; repeat back what matters to them.",
        ElasticStep.Apologize => "Say sorry for what went wrong, without excuses.",
        ElasticStep.Sort => "Solve it now, inside your authority, or say exactly who will and by when.",
        ElasticStep.Thank => "Thank them for telling you: it helps everyone after them.",
        ElasticStep.Inform => "Tell them what happens next and when they will hear from you.",
        _ => "Check they are satisfied before you close, and ask them to confirm.",
    };
}

internal sealed class ElasticRecordConfiguration : IEntityTypeConfiguration<ElasticRecord>
{
    public void Configure(EntityTypeBuilder<ElasticRecord> b)
    {
        b.Property(r => r.Step).HasConversion<string>().HasMaxLength(16);
        b.Property(r => r.Note).HasMaxLength(2000);
        b.Property(r => r.By).HasMaxLength(200);
        b.HasIndex(r => new { r.CaseId, r.Id });
        b.HasOne<Case>().WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}
