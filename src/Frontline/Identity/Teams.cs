using System.Security.Claims;
using Frontline.Customers;
using Frontline.Events;

namespace Frontline.Identity;

/// <param name="MemberIds">The whole membership after the change; omitted on an update, the members stay.</param>
public sealed record TeamInput(string? Name, string? TimeZone, IReadOnlyList<long>? MemberIds);

public sealed record TeamView(long Id, string Name, string TimeZone, IReadOnlyList<long> MemberIds, bool IsActive);

/// <summary>Teams: created, renamed, given members and a zone by managers; deactivated rather than deleted.</summary>
public static class Teams
{
    public static async Task<Ok<List<TeamView>>> List(FrontlineDb db, CancellationToken ct) =>
        TypedResults.Ok(await Views(db.Teams.AsNoTracking().OrderBy(t => t.Name)).ToListAsync(ct));

    public static async Task<Results<Ok<TeamView>, NotFound>> Get(long id, FrontlineDb db, CancellationToken ct) =>
        await Views(db.Teams.AsNoTracking().Where(t => t.Id == id)).FirstOrDefaultAsync(ct) is { } view
            ? TypedResults.Ok(view)
            : TypedResults.NotFound();

    public static async Task<Results<Created<TeamView>, ValidationProblem>> Create(
        TeamInput input, ClaimsPrincipal user, FrontlineDb db, TimeProvider clock, CancellationToken ct)
    {
        var errors = new Errors();
        var (name, zone, members) = await CheckAsync(db, input, null, errors, ct);
        if (errors.Any) return errors.Problem();
        var team = new Team
        {
            Name = name, TimeZone = zone,
            Members = (members ?? []).Select(id => new TeamMember { AgentId = id }).ToList()
        };
        db.Teams.Add(team);
        await db.SaveAndPublishAsync(Actor.Of(user), clock.GetUtcNow().UtcDateTime, () => Changed(team), ct);
        return TypedResults.Created($"/api/v1/teams/{team.Id}",
            (await Views(db.Teams.Where(t => t.Id == team.Id)).FirstAsync(ct)));
    }

    /// <summary>Renames a team, moves its zone or replaces its members; a member who stays keeps their round-robin turn.</summary>
    public static async Task<Results<Ok<TeamView>, NotFound, ValidationProblem>> Update(
        long id, TeamInput input, ClaimsPrincipal user, FrontlineDb db, TimeProvider clock, CancellationToken ct)
    {
        var team = await db.Teams.Include(t => t.Members).FirstOrDefaultAsync(t => t.Id == id, ct);
        if (team is null) return TypedResults.NotFound();
        var errors = new Errors();
        var (name, zone, members) = await CheckAsync(db, input, team, errors, ct);
        if (errors.Any) return errors.Problem();
        (team.Name, team.TimeZone) = (name, zone);
        if (members is not null)
        {
            team.Members.RemoveAll(m => !members.Contains(m.AgentId));
            team.Members.AddRange(members.Except(team.Members.Select(m => m.AgentId))
                .Select(a => new TeamMember { AgentId = a }));
        }
        db.Publish(Actor.Of(user), clock.GetUtcNow().UtcDateTime, Changed(team));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await Views(db.Teams.Where(t => t.Id == id)).FirstAsync(ct));
    }

    /// <summary>
    /// A deactivated team takes no new cases (assignment and round-robin refuse it) and is offered nowhere; its
    /// cases, grants and history stay as they were, and it can be reactivated.
    /// </summary>
    public static async Task<Results<Ok<TeamView>, NotFound>> SetActive(
        long id, bool active, ClaimsPrincipal user, FrontlineDb db, TimeProvider clock, CancellationToken ct)
    {
        var team = await db.Teams.Include(t => t.Members).FirstOrDefaultAsync(t => t.Id == id, ct);
        if (team is null) return TypedResults.NotFound();
        // setting what already holds is no fact
        if (team.IsActive != active)
            db.Publish(Actor.Of(user), clock.GetUtcNow().UtcDateTime, Changed(team) with { Active = active });
        team.IsActive = active;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await Views(db.Teams.Where(t => t.Id == id)).FirstAsync(ct));
    }

    private static TeamChanged Changed(Team t) =>
        new(t.Id, t.Name, t.TimeZone, t.Members.Select(m => m.AgentId).Order().ToList(), t.IsActive);

    private static async Task<(string Name, string Zone, List<long>? Members)> CheckAsync(
        FrontlineDb db, TeamInput input, Team? team, Errors errors, CancellationToken ct)
    {
        var name = errors.Text("name", input.Name, 100);
        var zone = input.TimeZone?.Trim() is { Length: > 0 } z ? z : team?.TimeZone ?? "UTC";
        if (!ContactPoints.IsTimeZone(zone)) errors.Add("timeZone", $"'{input.TimeZone}' is not an IANA time zone.");
        var members = input.MemberIds?.Distinct().ToList();
        if (members is not null)
        {
            var known = await db.Users.Where(a => members.Contains(a.Id)).Select(a => a.Id).ToListAsync(ct);
            foreach (var missing in members.Except(known)) errors.Add("memberIds", $"There is no agent {missing}.");
        }
        if (name.Length > 0 && await db.Teams.AnyAsync(t => t.Name == name && (team == null || t.Id != team.Id), ct))
            errors.Add("name", $"A team named {name} exists.");
        return (name, zone, members);
    }

    private static IQueryable<TeamView> Views(IQueryable<Team> teams) =>
        teams.Select(t => new TeamView(t.Id, t.Name, t.TimeZone, t.Members.Select(m => m.AgentId).ToList(), t.IsActive));
}
