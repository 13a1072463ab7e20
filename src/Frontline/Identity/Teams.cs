using Frontline.Customers;

namespace Frontline.Identity;

public sealed record TeamInput(string? Name, string? TimeZone, IReadOnlyList<long>? MemberIds);

public sealed record TeamView(long Id, string Name, string TimeZone, IReadOnlyList<long> MemberIds);

internal static class Teams
{
    public static async Task<Ok<List<TeamView>>> List(FrontlineDb db, CancellationToken ct) =>
        TypedResults.Ok(await db.Teams.AsNoTracking().OrderBy(t => t.Name)
            .Select(t => new TeamView(t.Id, t.Name, t.TimeZone, t.Members.Select(m => m.AgentId).ToList())).ToListAsync(ct));

    public static async Task<Results<Created<TeamView>, ValidationProblem>> Create(TeamInput input, FrontlineDb db, CancellationToken ct)
    {
        var errors = new Errors();
        var name = errors.Text("name", input.Name, 100);
        var zone = input.TimeZone?.Trim() is { Length: > 0 } z ? z : "UTC";
        if (!ContactPoints.IsTimeZone(zone)) errors.Add("timeZone", $"'{input.TimeZone}' is not an IANA time zone.");
        var memberIds = (input.MemberIds ?? []).Distinct().ToList();
        var known = await db.Users.Where(a => memberIds.Contains(a.Id)).Select(a => a.Id).ToListAsync(ct);
        foreach (var missing in memberIds.Except(known)) errors.Add("memberIds", $"There is no agent {missing}.");
        if (name.Length > 0 && await db.Teams.AnyAsync(t => t.Name == name, ct)) errors.Add("name", $"A team named {name} exists.");
        if (errors.Any) return errors.Problem();
        var team = new Team { Name = name, TimeZone = zone, Members = known.Select(id => new TeamMember { AgentId = id }).ToList() };
        db.Teams.Add(team);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/teams/{team.Id}", new TeamView(team.Id, team.Name, team.TimeZone, known));
    }
}
