using System.Security.Claims;

namespace Frontline.Identity;

public sealed record MeView(long? AgentId, string Name, string? Email, string Role, IReadOnlyList<string> Teams);

internal static class Me
{
    public static async Task<Ok<MeView>> Handle(ClaimsPrincipal user, FrontlineDb db, CancellationToken ct)
    {
        var actor = Actor.Of(user);
        if (actor.AgentId is not { } id) return TypedResults.Ok(new MeView(null, actor.Name, null, actor.Role, []));
        var agent = await db.Users.AsNoTracking().Where(a => a.Id == id).Select(a => new { a.DisplayName, a.Email }).FirstAsync(ct);
        var teams = await db.Teams.Where(t => t.Members.Any(m => m.AgentId == id)).OrderBy(t => t.Name).Select(t => t.Name).ToListAsync(ct);
        return TypedResults.Ok(new MeView(id, agent.DisplayName, agent.Email, actor.Role, teams));
    }
}
