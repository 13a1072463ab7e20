using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Frontline.Identity;

/// <summary>Puts the person's display name into the sign-in cookie, so pages and timelines show "Alex Agent", not an address.</summary>
internal sealed class AgentClaims(UserManager<Agent> users, RoleManager<IdentityRole<long>> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<Agent, IdentityRole<long>>(users, roles, options)
{
    public const string DisplayName = "display_name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(Agent user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.DisplayName.Length > 0) identity.AddClaim(new Claim(DisplayName, user.DisplayName));
        return identity;
    }
}
