using Frontline.Cases;
using Frontline.Customers;
using Frontline.Identity;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Frontline.Touchpoints;

internal sealed class TouchpointConfiguration : IEntityTypeConfiguration<Touchpoint>
{
    public void Configure(EntityTypeBuilder<Touchpoint> b)
    {
        b.Property(t => t.Channel).HasConversion<string>().HasMaxLength(16);
        b.Property(t => t.Direction).HasConversion<string>().HasMaxLength(16);
        b.Property(t => t.Author).HasMaxLength(200);
        b.Property(t => t.QuotedCurrency).HasMaxLength(3);
        b.Property(t => t.Outcome).HasMaxLength(200);
        b.Property(t => t.ExternalId).HasMaxLength(200);
        // one touchpoint per outside id and channel: a retried webhook cannot record a call twice
        b.HasIndex(t => new { t.Channel, t.ExternalId }).IsUnique();
        b.HasOne<Knowledge.PriceItem>().WithMany().HasForeignKey(t => t.QuotedPriceItemId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Knowledge.Article>().WithMany().HasForeignKey(t => t.ArticleId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<Customer>().WithMany().HasForeignKey(t => t.CustomerId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(t => t.Case).WithMany().HasForeignKey(t => t.CaseId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<Agent>().WithMany().HasForeignKey(t => t.AuthorAgentId).OnDelete(DeleteBehavior.SetNull);
        // the two timelines: a customer's newest first, a case's in time order
        b.HasIndex(t => new { t.CustomerId, t.OccurredAt, t.Id });
        b.HasIndex(t => new { t.CaseId, t.OccurredAt, t.Id });
    }
}
