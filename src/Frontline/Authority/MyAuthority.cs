using System.Security.Claims;
using Frontline.Identity;

namespace Frontline.Authority;

/// <summary>One permission of the sandbox: its words, the categories it covers (none: every one) and the grants behind it.</summary>
public sealed record SandboxLine(string Text, string Gesture, IReadOnlyList<CategoryRef> Categories, IReadOnlyList<long> GrantIds);

public sealed record CategoryRef(long Id, string Name);

public sealed record SandboxView(IReadOnlyList<string> InWords, IReadOnlyList<GrantTerms> Grants, IReadOnlyList<SandboxLine> Lines);

/// <summary>"What may I grant?" in plain words, with what is left of each budget.</summary>
public static class MyAuthority
{
    internal static async Task<Ok<SandboxView>> Handle(ClaimsPrincipal user, FrontlineDb db, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await LoadAsync(db, Actor.Of(user), clock.GetUtcNow().UtcDateTime, ct));

    public static async Task<SandboxView> LoadAsync(FrontlineDb db, Actor actor, DateTime now, CancellationToken ct)
    {
        var grants = await Sandbox.ForAsync(db, actor, now, ct);
        if (grants.Count == 0) return new SandboxView(["You may not grant gestures yourself yet: ask your team lead."], grants, []);
        var ids = grants.SelectMany(g => g.CategoryIds).Distinct().ToList();
        var names = await db.Categories.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        var lines = grants.GroupBy(g => EffectiveAuthority.Describe([g], names)[0])
            .Select(same => new SandboxLine(same.Key, same.First().Gesture,
                same.First().CategoryIds.Select(id => new CategoryRef(id, names.GetValueOrDefault(id, $"category {id}"))).OrderBy(c => c.Name).ToList(),
                same.Select(g => g.Id).ToList()))
            .OrderBy(l => l.Gesture).ThenBy(l => l.Text).ToList();
        return new SandboxView(lines.Select(l => l.Text).ToList(), grants, lines);
    }
}
