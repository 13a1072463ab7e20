using System.Security.Claims;
using Frontline.Events;
using Microsoft.AspNetCore.Identity;

namespace Frontline.Identity;

public sealed record AgentInput(string? Email, string? DisplayName, string? Password, string? Role,
    IReadOnlyList<long>? TeamIds);

public sealed record AgentView(long Id, string DisplayName, string Email, string Role, IReadOnlyList<long> TeamIds,
    bool IsActive);

/// <summary>People who sign in: created by an admin through the API or by <c>frontline users add</c>.</summary>
public static class AgentAccounts
{
    internal static async Task<Results<Created<AgentView>, ValidationProblem>> Create(
        AgentInput input, ClaimsPrincipal user, UserManager<Agent> users, FrontlineDb db, TimeProvider clock, CancellationToken ct)
    {
        var (errors, view) = await CreateAsync(input, Actor.Of(user), users, db, clock, ct);
        return view is null ? errors.Problem() : TypedResults.Created($"/api/v1/agents/{view.Id}", view);
    }

    /// <summary>
    /// Creates the person with one role and their teams; on any error nothing is written. An invited person has no
    /// password yet: they choose it through the link in their invitation (<see cref="Invitations"/>).
    /// </summary>
    public static async Task<(Errors Errors, AgentView? Agent)> CreateAsync(
        AgentInput input, Actor by, UserManager<Agent> users, FrontlineDb db, TimeProvider clock, CancellationToken ct,
        bool invited = false)
    {
        var errors = new Errors();
        var email = ContactPointsEmail(input.Email, errors);
        var name = errors.Text("displayName", input.DisplayName, 200);
        var role = Roles.Parse(input.Role);
        if (role is null) errors.Add("role", $"Must be one of {string.Join(", ", Roles.All)}.");
        var teamIds = (input.TeamIds ?? []).Distinct().ToList();
        var known = await db.Teams.Where(t => teamIds.Contains(t.Id)).Select(t => t.Id).ToListAsync(ct);
        foreach (var missing in teamIds.Except(known)) errors.Add("teamIds", $"There is no team {missing}.");
        if (email is not null && await users.FindByEmailAsync(email) is not null) errors.Add("email",
            $"{email} already signs in.");
        var agent = new Agent
        {
            UserName = email, Email = email, EmailConfirmed = true, DisplayName = name,
            CreatedAt = clock.GetUtcNow().UtcDateTime
        };
        if (!invited) await CheckPasswordAsync(users, agent, input.Password, "password", errors);
        if (errors.Any) return (errors, null);

        return await db.InTransactionAsync(async () =>
        {
            Ensure(invited ? await users.CreateAsync(agent) : await users.CreateAsync(agent, input.Password!));
            Ensure(await users.AddToRoleAsync(agent, role!));
            foreach (var teamId in known) db.TeamMembers.Add(new TeamMember { TeamId = teamId, AgentId = agent.Id });
            db.Publish(by, agent.CreatedAt, new PersonAdded(agent.Id, name, email!, role!, known));
            await db.SaveChangesAsync(ct);
            return (errors, (AgentView?)new AgentView(agent.Id, name, email!, role!, known, true));
        }, ct);
    }

    internal static async Task<Ok<List<AgentView>>> List(FrontlineDb db, CancellationToken ct) =>
        TypedResults.Ok(await ViewsAsync(db, null, ct));

    /// <summary>People with their role and teams, by name; <paramref name="only"/> narrows it to one.</summary>
    public static async Task<List<AgentView>> ViewsAsync(FrontlineDb db, long? only, CancellationToken ct)
    {
        var rows = await db.Users.AsNoTracking().Where(a => only == null || a.Id == only).OrderBy(a => a.DisplayName)
            .Select(a => new
            {
                a.Id, a.DisplayName, a.Email, a.IsActive,
                Role = db.UserRoles.Where(ur => ur.UserId == a.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name).FirstOrDefault(),
                Teams = db.TeamMembers.Where(m => m.AgentId == a.Id).Select(m => m.TeamId).ToList(),
            }).ToListAsync(ct);
        return rows.Select(r => new AgentView(r.Id, r.DisplayName, r.Email ?? "", r.Role ?? "", r.Teams, r.IsActive))
            .ToList();
    }

    /// <summary>Whether someone other than <paramref name="agentId"/> is an active admin: Frontline always keeps one.</summary>
    internal static Task<bool> AnotherActiveAdminAsync(FrontlineDb db, long agentId, CancellationToken ct) =>
        db.ActivePeopleInRole(Roles.Admin).AnyAsync(id => id != agentId, ct);

    internal static string? ContactPointsEmail(string? value, Errors errors)
    {
        var email = Customers.ContactPoints.NormalizeEmail(value);
        if (email is null) errors.Add("email",
            string.IsNullOrWhiteSpace(value) ? "Is required." : $"'{value}' is not an e-mail address.");
        return email;
    }

    internal static void Ensure(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join(" ",
            result.Errors.Select(e => e.Description)));
    }

    internal static async Task CheckPasswordAsync(UserManager<Agent> users, Agent agent, string? password, string field,
        Errors errors)
    {
        foreach (var validator in users.PasswordValidators)
        {
            var check = await validator.ValidateAsync(users, agent, password ?? "");
            foreach (var e in check.Errors) errors.Add(field, e.Description);
        }
    }

    /// <summary>Makes sure the four roles exist; run after migrations.</summary>
    public static async Task EnsureRolesAsync(RoleManager<IdentityRole<long>> roles)
    {
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role)) Ensure(await roles.CreateAsync(new IdentityRole<long>(role)));
    }
}
