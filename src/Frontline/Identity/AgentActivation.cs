using System.Security.Claims;
using Frontline.Events;
using Frontline.Identity.Sessions;

namespace Frontline.Identity;

/// <summary>
/// An admin deactivates a person (they can no longer sign in and every session of theirs ends at once) or
/// reactivates them. Nobody deactivates themselves, and Frontline always keeps one active admin.
/// </summary>
public static class AgentActivation
{
    internal static async Task<Results<Ok<AgentView>, NotFound, ValidationProblem, ProblemHttpResult>> Deactivate(long id, ClaimsPrincipal user,
        FrontlineDb db, TimeProvider clock, CancellationToken ct) =>
        (await SetActiveAsync(id, false, Actor.Of(user), db, clock.GetUtcNow().UtcDateTime, ct)).ToOk();

    internal static async Task<Results<Ok<AgentView>, NotFound, ValidationProblem, ProblemHttpResult>> Reactivate(long id, ClaimsPrincipal user,
        FrontlineDb db, TimeProvider clock, CancellationToken ct) =>
        (await SetActiveAsync(id, true, Actor.Of(user), db, clock.GetUtcNow().UtcDateTime, ct)).ToOk();

    public static async Task<Outcome<AgentView>> SetActiveAsync(long id, bool active, Actor by, FrontlineDb db,
        DateTime now,
        CancellationToken ct)
    {
        var agent = await db.Users.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (agent is null) return Outcome<AgentView>.NotFound();
        var errors = new Errors();
        if (!active && by.AgentId == id) errors.Add("isActive", "You cannot deactivate yourself.");
        else if (!active && agent.IsActive && await IsAdminAsync(db, id,
            ct) && !await AgentAccounts.AnotherActiveAdminAsync(db, id, ct))
            errors.Add("isActive", "Frontline needs at least one active admin.");
        if (errors.Any) return errors;

        return await db.InTransactionAsync(async () =>
        {
            // setting what already holds is no fact
            if (agent.IsActive != active && active) db.Publish(by, now, new PersonReactivated(id));
            if (agent.IsActive != active && !active) db.Publish(by, now, new PersonDeactivated(id));
            agent.IsActive = active;
            await db.SaveChangesAsync(ct);
            if (!active) await SignInSessions.EndAllAsync(db, id, now, ct);
            return (Outcome<AgentView>)(await AgentAccounts.ViewsAsync(db, id, ct)).Single();
        }, ct);
    }

    private static Task<bool> IsAdminAsync(FrontlineDb db, long id, CancellationToken ct) =>
        db.UserRoles.AnyAsync(ur => ur.UserId == id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Admin), ct);
}
