using System.Globalization;
using System.Security.Claims;
using Frontline.Events;
using Frontline.Identity.Sessions;
using Microsoft.AspNetCore.Identity;

namespace Frontline.Identity;

/// <summary>A person as an admin sets them: all four fields, as <c>PUT</c> replaces them (no teams when none are given).</summary>
public sealed record AgentUpdate(string? Email, string? DisplayName, string? Role, IReadOnlyList<long>? TeamIds);

/// <summary>An admin changes a person's name, e-mail, role or teams. A new role or address ends the person's sessions.</summary>
public static class UpdateAgent
{
    internal static async Task<Results<Ok<AgentView>, NotFound, ValidationProblem, ProblemHttpResult>> Handle(long id,
        AgentUpdate input,
        ClaimsPrincipal user, UserManager<Agent> users, FrontlineDb db, TimeProvider clock, CancellationToken ct) =>
        (await UpdateAsync(id, input, Actor.Of(user), users, db, clock.GetUtcNow().UtcDateTime, ct)).ToOk();

    /// <param name="users">Works on <paramref name="db"/> (both from one scope), so every write is in one transaction.</param>
    public static async Task<Outcome<AgentView>> UpdateAsync(long id, AgentUpdate input, Actor by,
        UserManager<Agent> users,
        FrontlineDb db, DateTime now, CancellationToken ct)
    {
        var agent = await users.FindByIdAsync(id.ToString(CultureInfo.InvariantCulture));
        if (agent is null) return Outcome<AgentView>.NotFound();
        var errors = new Errors();
        var email = AgentAccounts.ContactPointsEmail(input.Email, errors);
        var name = errors.Text("displayName", input.DisplayName, 200);
        var role = Roles.Parse(input.Role);
        if (role is null) errors.Add("role", $"Must be one of {string.Join(", ", Roles.All)}.");
        var teamIds = (input.TeamIds ?? []).Distinct().ToList();
        var known = await db.Teams.Where(t => teamIds.Contains(t.Id)).Select(t => t.Id).ToListAsync(ct);
        foreach (var missing in teamIds.Except(known)) errors.Add("teamIds", $"There is no team {missing}.");
        if (email is not null && await users.FindByEmailAsync(email) is { } other && other.Id != id)
            errors.Add("email", $"{email} already signs in.");
        var current = (await users.GetRolesAsync(agent)).FirstOrDefault();
        var newRole = role is not null && role != current;
        if (newRole && by.AgentId == id) errors.Add("role", "You cannot change your own role.");
        else if (newRole && current == Roles.Admin && !await AgentAccounts.AnotherActiveAdminAsync(db, id, ct))
            errors.Add("role", "Frontline needs at least one active admin.");
        if (errors.Any) return errors;

        var newEmail = !string.Equals(agent.Email, email, StringComparison.Ordinal);
        var hadTeams = await db.TeamMembers.Where(m => m.AgentId == id).Select(m => m.TeamId).ToListAsync(ct);
        var fields = new[]
        {
            ("displayName", agent.DisplayName != name), ("email", newEmail), ("role", newRole),
            ("teamIds", !hadTeams.ToHashSet().SetEquals(known)),
        }.Where(f => f.Item2).Select(f => f.Item1).ToList();
        return await db.InTransactionAsync(async () =>
        {
            agent.DisplayName = name;
            if (newEmail)
            {
                agent.Email = email;
                agent.UserName = email;
            }
            AgentAccounts.Ensure(await users.UpdateAsync(agent));
            if (newEmail) AgentAccounts.Ensure(await users.UpdateSecurityStampAsync(agent));
            if (newRole)
            {
                if (current is not null) AgentAccounts.Ensure(await users.RemoveFromRoleAsync(agent, current));
                AgentAccounts.Ensure(await users.AddToRoleAsync(agent, role!));
            }
            await db.TeamMembers.Where(m => m.AgentId == id && !known.Contains(m.TeamId)).ExecuteDeleteAsync(ct);
            var had = await db.TeamMembers.Where(m => m.AgentId == id).Select(m => m.TeamId).ToListAsync(ct);
            foreach (var teamId in known.Except(had)) db.TeamMembers.Add(new TeamMember
            {
                TeamId = teamId,
                AgentId = id
            });
            // a save that changes nothing is no fact
            if (fields.Count > 0) db.Publish(by, now,
                new PersonChanged(id, name, email!, role!, known.Order().ToList(), fields));
            await db.SaveChangesAsync(ct);
            // the sessions carry the old role and sign-in name: the person signs in again
            if (newRole || newEmail) await SignInSessions.EndAllAsync(db, id, now, ct);
            return (Outcome<AgentView>)(await AgentAccounts.ViewsAsync(db, id, ct)).Single();
        }, ct);
    }
}
