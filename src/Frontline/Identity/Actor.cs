using System.Security.Claims;

namespace Frontline.Identity;

/// <summary>Who is acting: a signed-in agent (with an id) or an integration's API key.</summary>
public sealed record Actor(long? AgentId, long? ApiKeyId, string Name, string Role)
{
    public static Actor Of(ClaimsPrincipal user)
    {
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        var role = Roles.All.LastOrDefault(user.IsInRole) ?? "";
        var name = user.FindFirstValue(AgentClaims.DisplayName) ?? user.FindFirstValue(ClaimTypes.Name) ?? id;
        if (id.StartsWith("apikey:", StringComparison.Ordinal) && long.TryParse(id["apikey:".Length..], out var keyId))
            return new(null, keyId, name, role);
        return new(long.TryParse(id, out var agentId) ? agentId : null, null, name, role);
    }

    /// <summary>A person or an integration speaking for one, not Frontline's own forms and jobs.</summary>
    public bool IsPerson => AgentId is not null || ApiKeyId is not null;

    /// <summary>A stable key for per-caller state such as idempotency records.</summary>
    public string Key => AgentId is { } a ? $"agent:{a}" : ApiKeyId is { } k ? $"apikey:{k}" : "anonymous";
}
