using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Frontline.Identity;

/// <summary>
/// Signs an integration in by its <c>X-Api-Key</c> header. A key acting for a person has at most that person's
/// role and stops working when they are deactivated; a key of a deactivated service account stops too.
/// </summary>
internal sealed class ApiKeyAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, FrontlineDb db,
    TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(ApiKey.Header, out var values)) return AuthenticateResult.NoResult();
        var secret = values.ToString().Trim();
        if (ApiKey.PrefixOf(secret) is not { } prefix) return AuthenticateResult.Fail("Malformed API key.");
        var ct = Context.RequestAborted;
        // the key and whoever it acts for in one read: this runs on every request an integration makes
        var found = await db.ApiKeys.AsNoTracking().Where(k => k.Prefix == prefix)
            .Select(k => new
            {
                Key = k,
                Person = db.Users.Where(a => a.Id == k.AgentId).Select(a => new
                {
                    a.DisplayName, a.IsActive,
                    Role = db.UserRoles.Where(ur => ur.UserId == a.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name)
                        .FirstOrDefault(),
                }).FirstOrDefault(),
                Account = db.ServiceAccounts.Where(s => s.Id == k.ServiceAccountId).Select(s => new { s.Name, s.DeactivatedAt })
                    .FirstOrDefault(),
            }).FirstOrDefaultAsync(ct);
        var key = found?.Key;
        if (key is null || key.RevokedAt is not null || !key.Matches(secret)) return AuthenticateResult.Fail("Unknown or revoked API key.");

        await NoteUseAsync(key, ct);
        var role = key.Role;
        var name = ApiKey.ActorName(null, key.Name);
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, $"apikey:{key.Id}") };
        if (key.AgentId is { } agentId)
        {
            var person = found!.Person;
            if (person is not { IsActive: true, Role: { } personRole } || Roles.Parse(personRole) is not { } known)
                return AuthenticateResult.Fail("The person this API key acts for no longer signs in.");
            // the lower of the two: a key never reaches further than the person behind it
            role = Roles.Rank(known) < Roles.Rank(role) ? known : role;
            name = ApiKey.ActorName(person.DisplayName, key.Name);
            claims.Add(new Claim(ApiKey.ActsForClaim, agentId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        else if (key.ServiceAccountId is { } accountId)
        {
            var account = found!.Account;
            if (account is null || account.DeactivatedAt is not null)
                return AuthenticateResult.Fail("The service account of this API key is deactivated.");
            name = ApiKey.ActorName(account.Name, key.Name);
            claims.Add(new Claim(ApiKey.ServiceAccountClaim, accountId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        claims.Add(new Claim(ClaimTypes.Name, name));
        claims.Add(new Claim(ClaimTypes.Role, role));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, ApiKey.Scheme));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, ApiKey.Scheme));
    }

    // a write per request would cost too much: "last used" moves on at most once a minute
    private async Task NoteUseAsync(ApiKey key, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (key.LastUsedAt is { } last && now - last < UseNotedEvery) return;
        await db.ApiKeys.Where(k => k.Id == key.Id).ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, now), ct);
    }

    private static readonly TimeSpan UseNotedEvery = TimeSpan.FromMinutes(1);
}
