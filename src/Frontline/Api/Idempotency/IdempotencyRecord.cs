using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Frontline.Api.Idempotency;

/// <summary>Marks an endpoint whose response holds a secret: it is never stored for replay.</summary>
public sealed class SecretResponse;

/// <summary>The first response to a write sent with an Idempotency-Key, kept to answer its retries.</summary>
public sealed class IdempotencyRecord
{
    public long Id { get; set; }
    /// <summary>Whose key it is (agent or API key): keys of different callers never collide.</summary>
    public required string Scope { get; set; }
    public required string Key { get; set; }
    public required string RequestHash { get; set; }
    public int StatusCode { get; set; }
    public string? ContentType { get; set; }
    public string? Location { get; set; }
    public required string Body { get; set; }
    /// <summary>The response held a secret (an API key) and was not kept; a retry is told so instead.</summary>
    public bool BodyWithheld { get; set; }
    public DateTime CreatedAt { get; set; }
}

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> b)
    {
        b.Property(r => r.Scope).HasMaxLength(64);
        b.Property(r => r.Key).HasMaxLength(200);
        b.Property(r => r.RequestHash).HasMaxLength(64);
        b.Property(r => r.ContentType).HasMaxLength(200);
        b.Property(r => r.Location).HasMaxLength(2000);
        b.HasIndex(r => new { r.Scope, r.Key }).IsUnique();
        b.HasIndex(r => r.CreatedAt);
    }
}
