using System.Security.Claims;

namespace Frontline.Identity;

public sealed record ApiKeyInput(string? Name, string? Role);

public sealed record ApiKeyView(long Id, string Name, string Prefix, string Role, DateTime CreatedAt, DateTime? RevokedAt);

/// <summary>The response to issuing a key: the only time the secret is ever shown.</summary>
public sealed record IssuedApiKey(ApiKeyView Key, string Secret);

public static class ApiKeys
{
    internal static async Task<Ok<List<ApiKeyView>>> List(FrontlineDb db, CancellationToken ct) =>
        TypedResults.Ok(await db.ApiKeys.AsNoTracking().OrderBy(k => k.Id)
            .Select(k => new ApiKeyView(k.Id, k.Name, k.Prefix, k.Role, k.CreatedAt, k.RevokedAt)).ToListAsync(ct));

    internal static async Task<Results<Created<IssuedApiKey>, ValidationProblem>> Create(
        ApiKeyInput input, ClaimsPrincipal user, FrontlineDb db, TimeProvider clock, CancellationToken ct)
    {
        var (errors, issued) = await IssueAsync(input, Actor.Of(user).AgentId, db, clock, ct);
        return issued is null ? errors.Problem() : TypedResults.Created($"/api/v1/api-keys/{issued.Key.Id}", issued);
    }

    public static async Task<(Errors Errors, IssuedApiKey? Issued)> IssueAsync(
        ApiKeyInput input, long? createdBy, FrontlineDb db, TimeProvider clock, CancellationToken ct)
    {
        var errors = new Errors();
        var name = errors.Text("name", input.Name, 100);
        var role = Roles.Parse(input.Role);
        if (role is null) errors.Add("role", $"Must be one of {string.Join(", ", Roles.All)}.");
        if (errors.Any) return (errors, null);
        var (key, secret) = ApiKey.Issue(name, role!, clock.GetUtcNow().UtcDateTime, createdBy);
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(ct);
        return (errors, new IssuedApiKey(new ApiKeyView(key.Id, key.Name, key.Prefix, key.Role, key.CreatedAt, null), secret));
    }

    internal static async Task<Results<NoContent, NotFound>> Revoke(long id, FrontlineDb db, TimeProvider clock, CancellationToken ct)
    {
        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == id, ct);
        if (key is null) return TypedResults.NotFound();
        key.RevokedAt ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }
}
