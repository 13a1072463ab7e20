using System.Globalization;
using System.Security.Claims;
using Frontline.Events;
using Frontline.Identity.Sessions;
using Microsoft.AspNetCore.Identity;

namespace Frontline.Identity;

/// <param name="Repeat">The new password typed again; the UI asks for it, the API may leave it out.</param>
public sealed record PasswordChange(string? CurrentPassword, string? NewPassword, string? Repeat = null);

public sealed record PasswordReset(string? Password);

/// <summary>
/// A person changes their own password (their other sessions end, the one they change it in stays), or an admin
/// resets one (every session of that person ends, and a lockout is lifted).
/// </summary>
public static class Passwords
{
    internal static async Task<Results<NoContent, ValidationProblem, ForbidHttpResult>> ChangeOwn(PasswordChange input,
        HttpContext http, SignInManager<Agent> signIn, FrontlineDb db, TimeProvider clock, CancellationToken ct)
    {
        // an integration's key is no person with a password
        if (Actor.Of(http.User) is { AgentId: null } or { ApiKeyId: not null }) return TypedResults.Forbid();
        var errors = await ChangeOwnAsync(http, input, signIn, db, clock.GetUtcNow().UtcDateTime, ct);
        return errors.Any ? errors.Problem() : TypedResults.NoContent();
    }

    /// <summary>Changes the signed-in person's password; on success the session of this request lives on with it.</summary>
    public static async Task<Errors> ChangeOwnAsync(HttpContext http, PasswordChange input, SignInManager<Agent> signIn,
        FrontlineDb db, DateTime now, CancellationToken ct)
    {
        var users = signIn.UserManager;
        var errors = new Errors();
        var id = Actor.Of(http.User).AgentId;
        var agent = id is null ? null : await users.FindByIdAsync(id.Value.ToString(CultureInfo.InvariantCulture));
        if (agent is null)
        {
            errors.Add("currentPassword", "Sign in first.");
            return errors;
        }
        if (string.IsNullOrEmpty(input.CurrentPassword)) errors.Add("currentPassword", "Is required.");
        else if (!await users.CheckPasswordAsync(agent, input.CurrentPassword)) errors.Add("currentPassword",
            "Is not your current password.");
        await AgentAccounts.CheckPasswordAsync(users, agent, input.NewPassword, "newPassword", errors);
        if (input.Repeat is not null && input.Repeat != input.NewPassword) errors.Add("repeat",
            "Is not the same as the new password.");
        if (input.NewPassword is { Length: > 0 } && input.NewPassword == input.CurrentPassword)
            errors.Add("newPassword", "Must differ from the current password.");
        if (errors.Any) return errors;

        var session = SignInSessions.Current(http);
        await db.InTransactionAsync(async () =>
        {
            AgentAccounts.Ensure(await users.ChangePasswordAsync(agent, input.CurrentPassword!, input.NewPassword!));
            db.Publish(Actor.Of(http.User), now, new PasswordChanged(agent.Id, ResetByAdmin: false));
            await db.SaveChangesAsync(ct);
            return await SignInSessions.EndAllAsync(db, agent.Id, now, ct, keep: session);
        }, ct);
        // the kept session gets the new security stamp, so Identity's periodic check does not end it later; renewed as the
        // answer starts, after a request's own transaction (an Idempotency-Key's) has committed, since on SQLite the
        // session store's write would wait on that transaction's lock
        if (session is not null) http.Response.OnStarting(() => signIn.RefreshSignInAsync(agent));
        return errors;
    }

    internal static async Task<Results<Ok<AgentView>, NotFound, ValidationProblem, ProblemHttpResult>> Reset(long id,
        PasswordReset input,
        ClaimsPrincipal user, UserManager<Agent> users, FrontlineDb db, TimeProvider clock, CancellationToken ct) =>
        (await ResetAsync(id, input, Actor.Of(user), users, db, clock.GetUtcNow().UtcDateTime, ct)).ToOk();

    public static async Task<Outcome<AgentView>> ResetAsync(long id, PasswordReset input, Actor by,
        UserManager<Agent> users,
        FrontlineDb db, DateTime now, CancellationToken ct)
    {
        var agent = await users.FindByIdAsync(id.ToString(CultureInfo.InvariantCulture));
        if (agent is null) return Outcome<AgentView>.NotFound();
        var errors = new Errors();
        await AgentAccounts.CheckPasswordAsync(users, agent, input.Password, "password", errors);
        if (errors.Any) return errors;
        return await db.InTransactionAsync(async () =>
        {
            var token = await users.GeneratePasswordResetTokenAsync(agent);
            AgentAccounts.Ensure(await users.ResetPasswordAsync(agent, token, input.Password!));
            AgentAccounts.Ensure(await users.SetLockoutEndDateAsync(agent, null));
            AgentAccounts.Ensure(await users.ResetAccessFailedCountAsync(agent));
            db.Publish(by, now, new PasswordChanged(id, ResetByAdmin: true));
            await db.SaveChangesAsync(ct);
            await SignInSessions.EndAllAsync(db, id, now, ct);
            return (Outcome<AgentView>)(await AgentAccounts.ViewsAsync(db, id, ct)).Single();
        }, ct);
    }
}
