using System.Security.Claims;

namespace Frontline.Identity;

/// <summary>
/// Who is acting: a signed-in person, or an API key acting for a person (then <see cref="AgentId"/> is that person)
/// or for a service account (<see cref="ServiceAccountId"/>); a key issued before keys acted for anyone has neither.
/// </summary>
public sealed record Actor(long? AgentId, long? ApiKeyId, string Name, string Role)
{
    /// <summary>The service account an API key acts for.</summary>
    public long? ServiceAccountId { get; init; }

    public static Actor Of(ClaimsPrincipal user)
    {
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        var role = Roles.All.LastOrDefault(user.IsInRole) ?? "";
        var name = user.FindFirstValue(AgentClaims.DisplayName) ?? user.FindFirstValue(ClaimTypes.Name) ?? id;
        if (id.StartsWith("apikey:", StringComparison.Ordinal) && long.TryParse(id["apikey:".Length..], out var keyId))
            return new(Number(user, ApiKey.ActsForClaim), keyId, name, role) { ServiceAccountId = Number(user, ApiKey.ServiceAccountClaim) };
        return new(long.TryParse(id, out var agentId) ? agentId : null, null, name, role);
    }

    /// <summary>A person or an integration speaking for one, not Frontline's own forms and jobs.</summary>
    public bool IsPerson => AgentId is not null || ApiKeyId is not null;

    /// <summary>A key that acts for nobody: issued before keys had to say for whom.</summary>
    public bool IsKeyForNobody => ApiKeyId is not null && AgentId is null && ServiceAccountId is null;

    /// <summary>A stable key for per-caller state such as idempotency records.</summary>
    public string Key => ApiKeyId is { } k ? $"apikey:{k}" : AgentId is { } a ? $"agent:{a}" : "anonymous";

    private static long? Number(ClaimsPrincipal user, string type) =>
        long.TryParse(user.FindFirstValue(type), out var n) ? n : null;
}
