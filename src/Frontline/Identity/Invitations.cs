using System.Globalization;
using System.Security.Claims;
using Frontline.Api;
using Frontline.Events;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Frontline.Identity;

public sealed record InvitationInput(string? Email, string? DisplayName, string? Role, IReadOnlyList<long>? TeamIds);

/// <param name="Mailed">Whether the mail server took the invitation; <c>Words</c> says so in plain words.</param>
public sealed record InvitationView(AgentView Person, bool Mailed, string Words);

/// <param name="PersonId">The person the link names.</param>
public sealed record InvitationAcceptance(long? PersonId, string? Token, string? Password, string? Repeat = null);

/// <summary>
/// An admin invites a person by e-mail: the person exists at once (with role and teams) but has no password; the mail
/// carries a link to /welcome that lets them choose one, once, within <see cref="InvitationTokens.Lifespan"/>.
/// </summary>
public static class Invitations
{
    internal static async Task<Results<Created<InvitationView>, ValidationProblem>> Invite(InvitationInput input,
        ClaimsPrincipal user, UserManager<Agent> users, FrontlineDb db, TimeProvider clock, InvitationSender sender,
        CancellationToken ct)
    {
        var (errors, view) = await InviteAsync(input, Actor.Of(user), users, db, clock, sender, ct);
        return view is null ? errors.Problem() : TypedResults.Created($"/api/v1/agents/{view.Person.Id}", view);
    }

    public static async Task<(Errors Errors, InvitationView? View)> InviteAsync(InvitationInput input, Actor by,
        UserManager<Agent> users, FrontlineDb db, TimeProvider clock, InvitationSender sender, CancellationToken ct)
    {
        var (errors, person) = await AgentAccounts.CreateAsync(
            new AgentInput(input.Email, input.DisplayName, null, input.Role, input.TeamIds), by, users, db, clock, ct,
            invited: true);
        if (person is null) return (errors, null);
        return (errors, await sender.SendAsync(person, by, ct));
    }

    internal static async Task<Results<Ok<InvitationView>, NotFound, ValidationProblem>> Resend(long id,
        ClaimsPrincipal user, FrontlineDb db, UserManager<Agent> users, InvitationSender sender, CancellationToken ct)
    {
        var person = (await AgentAccounts.ViewsAsync(db, id, ct)).SingleOrDefault();
        if (person is null) return TypedResults.NotFound();
        var agent = await users.FindByIdAsync(id.ToString(CultureInfo.InvariantCulture));
        var errors = new Errors();
        if (await users.HasPasswordAsync(agent!)) errors.Add("id",
            "They have chosen a password already: reset it instead.");
        if (!person.IsActive) errors.Add("id", "They are deactivated: reactivate them first.");
        if (errors.Any) return errors.Problem();
        return TypedResults.Ok(await sender.SendAsync(person, Actor.Of(user), ct));
    }

    internal static async Task<Results<NoContent, ValidationProblem>> Accept(InvitationAcceptance input,
        UserManager<Agent> users, FrontlineDb db, InvitationTokens tokens, TimeProvider clock, CancellationToken ct)
    {
        var errors = await AcceptAsync(input, users, db, tokens, clock.GetUtcNow().UtcDateTime, ct);
        return errors.Any ? errors.Problem() : TypedResults.NoContent();
    }

    /// <summary>Sets the invited person's first password; the link's token is spent by it.</summary>
    public static async Task<Errors> AcceptAsync(InvitationAcceptance input, UserManager<Agent> users,
        FrontlineDb db, InvitationTokens tokens, DateTime now, CancellationToken ct)
    {
        var errors = new Errors();
        var agent = input.PersonId is { } id ? await users.FindByIdAsync(id.ToString(CultureInfo.InvariantCulture))
            : null;
        // one answer for a wrong, spent or expired link: it never tells which
        if (agent is null || !agent.IsActive || await users.HasPasswordAsync(agent)
            || !tokens.Holds(input.Token, agent.Id, agent.SecurityStamp))
        {
            errors.Add("token", "This link has expired or was used already. Ask your admin for a new invitation.");
            return errors;
        }
        await AgentAccounts.CheckPasswordAsync(users, agent, input.Password, "password", errors);
        if (input.Repeat is not null && input.Repeat != input.Password) errors.Add("repeat",
            "Is not the same as the password.");
        if (errors.Any) return errors;
        await db.InTransactionAsync(async () =>
        {
            // adding the password renews the security stamp, which spends the link
            AgentAccounts.Ensure(await users.AddPasswordAsync(agent, input.Password!));
            db.Publish(new Actor(agent.Id, null, agent.DisplayName, Roles.Agent), now,
                new PasswordChanged(agent.Id, ResetByAdmin: false));
            return await db.SaveChangesAsync(ct);
        }, ct);
        return errors;
    }
}

/// <summary>How an invitation leaves: Channels sends it over SMTP, as every message to a colleague.</summary>
public interface IInvitationMail
{
    /// <summary>Null when the mail server took the message; otherwise why not, in plain words.</summary>
    Task<string?> SendAsync(string toName, string toAddress, string subject, string body, CancellationToken ct);
}

/// <summary>Mails a person a fresh invitation link.</summary>
public sealed class InvitationSender(IServiceScopeFactory scopes, InvitationTokens tokens, IInvitationMail mail,
    PublicLinks links)
{
    public async Task<InvitationView> SendAsync(AgentView person, Actor by, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Agent>>();
        var agent = await users.FindByIdAsync(person.Id.ToString(CultureInfo.InvariantCulture));
        var token = tokens.Issue(person.Id, agent!.SecurityStamp!);
        var link = links.To($"/welcome?person={person.Id}&token={token}");
        var body = $"Hello {person.DisplayName},\n\n{by.Name} invites you to Frontline. Choose your password here; "
            + $"the link works once, within {InvitationTokens.Lifespan.TotalDays:0} days:\n\n{link}\n\n"
            + $"Then sign in with {person.Email}.";
        var failure = await mail.SendAsync(person.DisplayName, person.Email, "Your invitation to Frontline", body, ct);
        return failure is null
            ? new InvitationView(person, true, $"{person.DisplayName} is invited: the link is on its way to {person.Email}.")
            : new InvitationView(person, false, $"{person.DisplayName} is added, but the invitation was not sent: "
                + $"{failure} Send it again once mail works.");
    }
}
