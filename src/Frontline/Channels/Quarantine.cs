using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Frontline.Channels;

/// <summary>A message that could not be read: kept whole, raw, for an admin to look at. Nothing is ever lost.</summary>
public sealed class QuarantinedMessage
{
    public long Id { get; set; }
    public required string Channel { get; set; }
    public required string Reason { get; set; }
    public required byte[] Raw { get; set; }
    public DateTime ReceivedAt { get; set; }
}

/// <summary>A file that came with a touchpoint, within the size and type limits.</summary>
public sealed class Attachment
{
    public long Id { get; set; }
    public long TouchpointId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    public required byte[] Content { get; set; }
}

internal sealed class QuarantinedMessageConfiguration : IEntityTypeConfiguration<QuarantinedMessage>
{
    public void Configure(EntityTypeBuilder<QuarantinedMessage> b)
    {
        b.Property(q => q.Channel).HasMaxLength(16);
        b.Property(q => q.Reason).HasMaxLength(1000);
        b.HasIndex(q => q.ReceivedAt);
    }
}

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> b)
    {
        b.Property(a => a.FileName).HasMaxLength(255);
        b.Property(a => a.ContentType).HasMaxLength(100);
        b.HasOne<Touchpoints.Touchpoint>().WithMany().HasForeignKey(a => a.TouchpointId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(a => a.TouchpointId);
    }
}
