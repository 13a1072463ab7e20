using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Frontline.Identity;

/// <summary>Signs an integration in by its <c>X-Api-Key</c> header, with the role the key was bound to.</summary>
internal sealed class ApiKeyAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, FrontlineDb db)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(ApiKey.Header, out var values)) return AuthenticateResult.NoResult();
        var secret = values.ToString().Trim();
        if (ApiKey.PrefixOf(secret) is not { } prefix) return AuthenticateResult.Fail("Malformed API key.");
        var key = await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Prefix == prefix, Context.RequestAborted);
        if (key is null || key.RevokedAt is not null || !key.Matches(secret)) return AuthenticateResult.Fail("Unknown or revoked API key.");

        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, $"apikey:{key.Id}"),
            new Claim(ClaimTypes.Name, $"API key {key.Name}"),
            new Claim(ClaimTypes.Role, key.Role),
        ], ApiKey.Scheme);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), ApiKey.Scheme));
    }
}
