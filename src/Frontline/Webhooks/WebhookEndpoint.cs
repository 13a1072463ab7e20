using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Frontline.Webhooks;

/// <summary>
/// A receiver an admin registered: where to send, which event types (none listed means all), and the secret that
/// signs each request. After a rotation the previous secret keeps signing alongside until <see cref="PreviousSecretUntil"/>.
/// </summary>
internal sealed class WebhookEndpoint
{
    public const int MaxUrlLength = 2000;
    public const int MaxDescriptionLength = 500;

    public long Id { get; set; }
    public string Url { get; set; } = "";
    public string? Description { get; set; }
    /// <summary>Event type names separated by spaces; empty for every type.</summary>
    public string EventTypes { get; set; } = "";
    public bool Enabled { get; set; } = true;
    /// <summary>Why Frontline disabled it by itself (410 Gone, failing for days); null when an admin did or it is on.</summary>
    public string? DisabledReason { get; set; }
    public string Secret { get; set; } = "";
    public string? PreviousSecret { get; set; }
    public DateTime? PreviousSecretUntil { get; set; }
    /// <summary>When the current run of failed attempts began; cleared by any success.</summary>
    public DateTime? FailingSince { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public IReadOnlyList<string> Types => EventTypes.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public bool Wants(string type) => EventTypes.Length == 0 || Types.Contains(type, StringComparer.Ordinal);
}

internal sealed class WebhookEndpointConfiguration : IEntityTypeConfiguration<WebhookEndpoint>
{
    public void Configure(EntityTypeBuilder<WebhookEndpoint> b)
    {
        b.ToTable("webhook_endpoints");
        b.Property(e => e.Url).HasMaxLength(WebhookEndpoint.MaxUrlLength);
        b.Property(e => e.Description).HasMaxLength(WebhookEndpoint.MaxDescriptionLength);
        b.Property(e => e.EventTypes).HasMaxLength(4000);
        b.Property(e => e.DisabledReason).HasMaxLength(500);
        b.Property(e => e.Secret).HasMaxLength(100);
        b.Property(e => e.PreviousSecret).HasMaxLength(100);
        b.Ignore(e => e.Types);
    }
}
