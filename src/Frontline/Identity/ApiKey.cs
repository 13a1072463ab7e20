using System.Security.Cryptography;
using System.Text;

namespace Frontline.Identity;

/// <summary>
/// A key for an integration, bound to one role and acting for one person or one service account. The secret is
/// shown once; only its SHA-256 is kept, found again by a short public prefix. Keys issued before keys acted for
/// someone act for nobody: they read and write within their role but neither raise nor decide approval requests.
/// </summary>
public sealed class ApiKey
{
    public long Id { get; set; }
    public required string Name { get; set; }
    public required string Prefix { get; set; }
    public required string Hash { get; set; }
    public required string Role { get; set; }
    public DateTime CreatedAt { get; set; }
    public long? CreatedById { get; set; }
    public DateTime? RevokedAt { get; set; }
    /// <summary>
    /// When the key last signed a request in, to the minute: an admin sees which keys are still in use.
    /// </summary>
    public DateTime? LastUsedAt { get; set; }
    /// <summary>The person the key acts for: it has at most their role and stops when they are deactivated.</summary>
    public long? AgentId { get; set; }
    /// <summary>The service account the key acts for, whose team its requests belong to.</summary>
    public long? ServiceAccountId { get; set; }

    public const string Scheme = "ApiKey";

    /// <summary>What stands between who a key acts for and the key's name in an author: "Dana Lee (API key CRM)".</summary>
    public const string NameMark = " (API key ";

    /// <summary>How the actor of a key is named on timelines: the person or service account, then the key.</summary>
    public static string ActorName(string? owner, string keyName) =>
        owner is null ? $"API key {keyName}" : $"{owner}{NameMark}{keyName})";
    public const string Header = "X-Api-Key";
    /// <summary>The claim naming the person a key acts for.</summary>
    public const string ActsForClaim = "acts_for_agent";
    /// <summary>The claim naming the service account a key acts for.</summary>
    public const string ServiceAccountClaim = "service_account";

    /// <summary>Makes a new key: the entity to store and the secret to show once ("fl_prefix_secret").</summary>
    public static (ApiKey Key, string Secret) Issue(string name, string role, DateTime now, long? createdById)
    {
        var prefix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var secret = $"fl_{prefix}_{SecretToken.New()}";
        var key = new ApiKey
        {
            Name = name, Prefix = prefix, Hash = SecretToken.HashOf(secret), Role = role, CreatedAt = now, CreatedById = createdById,
        };
        return (key, secret);
    }

    public static string? PrefixOf(string secret)
    {
        var parts = secret.Split('_', 3);
        return parts is ["fl", { Length: 12 } prefix, { Length: > 0 }] ? prefix : null;
    }

    public bool Matches(string secret) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash), Encoding.ASCII.GetBytes(SecretToken.HashOf(secret)));
}
