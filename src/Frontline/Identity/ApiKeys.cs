using System.Security.Claims;
using Frontline.Events;

namespace Frontline.Identity;

/// <summary>A key to issue: its name, its role, and the one person or service account it acts for.</summary>
public sealed record ApiKeyInput(string? Name, string? Role, long? ActsForAgentId = null,
    long? ServiceAccountId = null);

/// <summary>A key as admins see it: never its secret; whom it acts for ("nobody" for keys issued before keys had to say).</summary>
public sealed record ApiKeyView(
    long Id, string Name, string Prefix, string Role, DateTime CreatedAt, DateTime? RevokedAt,
    long? ActsForAgentId, long? ServiceAccountId, string ActsFor, DateTime? LastUsedAt = null);

/// <summary>The response to issuing a key: the only time the secret is ever shown.</summary>
public sealed record IssuedApiKey(ApiKeyView Key, string Secret);

public static class ApiKeys
{
    public const string Nobody = "nobody";

    internal static async Task<Ok<List<ApiKeyView>>> List(FrontlineDb db, CancellationToken ct) =>
        TypedResults.Ok(await ListAsync(db, ct));

    public static Task<List<ApiKeyView>> ListAsync(FrontlineDb db, CancellationToken ct) =>
        Project(db, db.ApiKeys.AsNoTracking().OrderBy(k => k.Id)).ToListAsync(ct);

    private static IQueryable<ApiKeyView> Project(FrontlineDb db, IQueryable<ApiKey> keys) =>
        keys.Select(k => new ApiKeyView(k.Id, k.Name, k.Prefix, k.Role, k.CreatedAt, k.RevokedAt, k.AgentId, k.ServiceAccountId,
            k.AgentId != null ? db.Users.Where(a => a.Id == k.AgentId).Select(a => a.DisplayName + " <" + a.Email + ">").First()
            : k.ServiceAccountId != null ? "service account " + db.ServiceAccounts.Where(s => s.Id == k.ServiceAccountId).Select(s => s.Name).First()
            : Nobody,
            k.LastUsedAt));

    internal static async Task<Results<Created<IssuedApiKey>, ValidationProblem>> Create(
        ApiKeyInput input, ClaimsPrincipal user, FrontlineDb db, TimeProvider clock, CancellationToken ct)
    {
        var (errors, issued) = await IssueAsync(input, Actor.Of(user), db, clock, ct);
        return issued is null ? errors.Problem() : TypedResults.Created($"/api/v1/api-keys/{issued.Key.Id}", issued);
    }

    /// <summary>Issues a key for exactly one active person or service account, at no more than the person's role.</summary>
    public static async Task<(Errors Errors, IssuedApiKey? Issued)> IssueAsync(
        ApiKeyInput input, Actor by, FrontlineDb db, TimeProvider clock, CancellationToken ct)
    {
        var errors = new Errors();
        var name = errors.Text("name", input.Name, 100);
        var role = Roles.Parse(input.Role);
        if (role is null) errors.Add("role", $"Must be one of {string.Join(", ", Roles.All)}.");
        if ((input.ActsForAgentId is null) == (input.ServiceAccountId is null))
            errors.Add("actsForAgentId", "Name the one person (actsForAgentId) or service account (serviceAccountId) the key acts for.");
        else if (input.ActsForAgentId is { } agentId) await CheckPersonAsync(db, agentId, role, errors, ct);
        else if (!await db.ServiceAccounts.AnyAsync(s => s.Id == input.ServiceAccountId && s.DeactivatedAt == null, ct))
            errors.Add("serviceAccountId", $"There is no active service account {input.ServiceAccountId}.");
        if (errors.Any) return (errors, null);
        var now = clock.GetUtcNow().UtcDateTime;
        var (key, secret) = ApiKey.Issue(name, role!, now, by.AgentId);
        (key.AgentId, key.ServiceAccountId) = (input.ActsForAgentId, input.ServiceAccountId);
        db.ApiKeys.Add(key);
        await db.SaveAndPublishAsync(by, now,
            () => new ApiKeyIssued(key.Id, key.Name, key.Prefix, key.Role, key.AgentId, key.ServiceAccountId), ct);
        return (errors,
            new IssuedApiKey(await Project(db, db.ApiKeys.Where(k => k.Id == key.Id)).FirstAsync(ct), secret));
    }

    private static async Task CheckPersonAsync(FrontlineDb db, long agentId, string? role, Errors errors,
        CancellationToken ct)
    {
        var person = await db.Users.Where(a => a.Id == agentId)
            .Select(a => new
            {
                a.IsActive,
                Role = db.UserRoles.Where(ur => ur.UserId == a.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).FirstOrDefault(),
            }).FirstOrDefaultAsync(ct);
        if (person is not { IsActive: true }) errors.Add("actsForAgentId", $"There is no active person {agentId}.");
        else if (role is not null && Roles.Parse(person.Role) is { } theirs && Roles.Rank(role) > Roles.Rank(theirs))
            errors.Add("role", $"The person is a {theirs}: a key acting for them reaches no further.");
    }

    internal static async Task<Results<NoContent, NotFound>> Revoke(
        long id, ClaimsPrincipal user, FrontlineDb db, TimeProvider clock, CancellationToken ct) =>
        await RevokeAsync(db, id, Actor.Of(user), clock.GetUtcNow().UtcDateTime, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    /// <summary>Revokes a key; revoking it again changes nothing and publishes nothing.</summary>
    public static async Task<bool> RevokeAsync(FrontlineDb db, long id, Actor by, DateTime now, CancellationToken ct)
    {
        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == id, ct);
        if (key is null) return false;
        if (key.RevokedAt is not null) return true;
        key.RevokedAt = now;
        db.Publish(by, now, new ApiKeyRevoked(id));
        await db.SaveChangesAsync(ct);
        return true;
    }
}
