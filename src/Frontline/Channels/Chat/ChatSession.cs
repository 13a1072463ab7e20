using Frontline.Identity;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Frontline.Channels.Chat;

/// <summary>
/// One conversation in the chat widget: the visitor holds a secret token (only its hash is kept) that lets them
/// speak on their case and read its chat transcript, and nothing else.
/// </summary>
public sealed class ChatSession
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public long CustomerId { get; set; }
    public required string TokenHash { get; set; }
    public DateTime StartedAt { get; set; }
    public DateTime? EndedAt { get; set; }

    public static (ChatSession Session, string Token) Start(long caseId, long customerId, DateTime now)
    {
        var token = SecretToken.New();
        return (new ChatSession { CaseId = caseId, CustomerId = customerId, TokenHash = SecretToken.HashOf(token), StartedAt = now }, token);
    }
}

internal sealed class ChatSessionConfiguration : IEntityTypeConfiguration<ChatSession>
{
    public void Configure(EntityTypeBuilder<ChatSession> b)
    {
        b.Property(s => s.TokenHash).HasMaxLength(64);
        b.HasIndex(s => s.TokenHash).IsUnique();
        b.HasIndex(s => s.CaseId);
        // the idle-chat job looks for the open ones every minute
        b.HasIndex(s => s.EndedAt);
        b.HasOne<Cases.Case>().WithMany().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}
