using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Frontline.CallBacks;

/// <summary>
/// A reminder an agent set themselves to call a customer back: when, why, and the case it is about if any. It shows
/// on their home once due, until they mark it done.
/// </summary>
internal sealed class CallBack
{
    public const int MaxNoteLength = 500;

    public long Id { get; set; }
    public long CustomerId { get; set; }
    public long? CaseId { get; set; }
    /// <summary>Whose reminder it is: the person who set it.</summary>
    public long AgentId { get; set; }
    public DateTime DueAt { get; set; }
    public string? Note { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? DoneAt { get; set; }
}

internal sealed class CallBackConfiguration : IEntityTypeConfiguration<CallBack>
{
    public void Configure(EntityTypeBuilder<CallBack> b)
    {
        b.ToTable("call_backs");
        b.Property(c => c.Note).HasMaxLength(CallBack.MaxNoteLength);
        b.HasOne<Customers.Customer>().WithMany().HasForeignKey(c => c.CustomerId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Cases.Case>().WithMany().HasForeignKey(c => c.CaseId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<Identity.Agent>().WithMany().HasForeignKey(c => c.AgentId).OnDelete(DeleteBehavior.Cascade);
        // the home screen asks for one person's open reminders due by now, all day long: one range read
        b.HasIndex(c => new { c.AgentId, c.DoneAt, c.DueAt });
        b.HasIndex(c => c.CustomerId);
        b.HasIndex(c => c.CaseId);
    }
}
