using Frontline.Identity;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Frontline.Channels.Chat;

/// <summary>
/// One conversation in the chat widget: the visitor holds a secret token (only its hash is kept) that lets them
/// speak on their case and read its chat transcript, and nothing else. Who they say they are is a claim until they
/// prove it (<see cref="ChatVerification"/>): until then the case is on a visitor record of its own.
/// </summary>
public sealed class ChatSession
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public long CustomerId { get; set; }
    public required string TokenHash { get; set; }
    public DateTime StartedAt { get; set; }
    public DateTime? EndedAt { get; set; }

    /// <summary>The name and address the visitor typed; none when the chat began in a signed-in portal session.</summary>
    public string? ClaimedName { get; set; }
    public string? ClaimedEmail { get; set; }
    /// <summary>When the visitor proved the address (or the start, for a signed-in customer); null: unverified.</summary>
    public DateTime? VerifiedAt { get; set; }
    /// <summary>The SHA-256 of the one-time code last sent (never the code), and when it stops working.</summary>
    public string? CodeHash { get; set; }
    public DateTime? CodeExpiresAt { get; set; }
    public int CodesSent { get; set; }
    public int CodeAttempts { get; set; }

    /// <summary>A chat of someone we only know by what they typed.</summary>
    public static (ChatSession Session, string Token) Claimed(long caseId, long visitorId, string name, string email, DateTime now)
    {
        var token = SecretToken.New();
        return (new ChatSession
        {
            CaseId = caseId, CustomerId = visitorId, TokenHash = SecretToken.HashOf(token), StartedAt = now, ClaimedName = name, ClaimedEmail = email,
        }, token);
    }

    /// <summary>A chat of a customer signed in to the portal: verified from the start.</summary>
    public static (ChatSession Session, string Token) SignedIn(long caseId, long customerId, DateTime now)
    {
        var token = SecretToken.New();
        return (new ChatSession { CaseId = caseId, CustomerId = customerId, TokenHash = SecretToken.HashOf(token), StartedAt = now, VerifiedAt = now },
            token);
    }
}

internal sealed class ChatSessionConfiguration : IEntityTypeConfiguration<ChatSession>
{
    public void Configure(EntityTypeBuilder<ChatSession> b)
    {
        b.Property(s => s.TokenHash).HasMaxLength(64);
        b.Property(s => s.ClaimedName).HasMaxLength(200);
        b.Property(s => s.ClaimedEmail).HasMaxLength(254);
        b.Property(s => s.CodeHash).HasMaxLength(64);
        b.HasIndex(s => s.TokenHash).IsUnique();
        b.HasIndex(s => s.CaseId);
        // the idle-chat job looks for the open ones every minute
        b.HasIndex(s => s.EndedAt);
        b.HasOne<Cases.Case>().WithMany().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}
