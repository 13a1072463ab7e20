using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Frontline.Webhooks;

/// <summary>One request to an endpoint, kept: when, the answer's status and first kilobyte, how long, or the error.</summary>
internal sealed class WebhookAttempt
{
    public const int MaxResponseLength = 1024;
    public const int MaxErrorLength = 500;

    public long Id { get; set; }
    public long MessageId { get; set; }
    public DateTime At { get; set; }
    public int? StatusCode { get; set; }
    public int DurationMs { get; set; }
    public string? Response { get; set; }
    public string? Error { get; set; }
}

internal sealed class WebhookAttemptConfiguration : IEntityTypeConfiguration<WebhookAttempt>
{
    public void Configure(EntityTypeBuilder<WebhookAttempt> b)
    {
        b.ToTable("webhook_attempts");
        b.Property(a => a.Response).HasMaxLength(WebhookAttempt.MaxResponseLength);
        b.Property(a => a.Error).HasMaxLength(WebhookAttempt.MaxErrorLength);
        b.HasOne<WebhookMessage>().WithMany().HasForeignKey(a => a.MessageId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(a => new { a.MessageId, a.At });
    }
}
