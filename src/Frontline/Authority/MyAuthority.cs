using System.Security.Claims;
using Frontline.Identity;

namespace Frontline.Authority;

public sealed record SandboxView(IReadOnlyList<string> InWords, IReadOnlyList<GrantTerms> Grants);

/// <summary>"What may I grant?" in plain words, with what is left of each budget.</summary>
public static class MyAuthority
{
    internal static async Task<Ok<SandboxView>> Handle(ClaimsPrincipal user, FrontlineDb db, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await LoadAsync(db, Actor.Of(user), clock.GetUtcNow().UtcDateTime, ct));

    public static async Task<SandboxView> LoadAsync(FrontlineDb db, Actor actor, DateTime now, CancellationToken ct)
    {
        var grants = await Sandbox.ForAsync(db, actor, now, ct);
        return new SandboxView(grants.Count == 0 ? ["You may not grant gestures yourself yet: ask your team lead."] : EffectiveAuthority.Describe(grants), grants);
    }
}
