using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;

namespace Frontline.Portal;

/// <summary>Customers sign in to the portal with their own cookie, apart from the agents': it opens nothing but their cases.</summary>
public static class PortalAuth
{
    public const string Scheme = "Customer";

    public static async Task<long?> CustomerIdAsync(HttpContext http)
    {
        var result = await http.AuthenticateAsync(Scheme);
        return result.Succeeded && long.TryParse(result.Principal!.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
    }

    public static Task SignInAsync(HttpContext http, long customerId, string name) =>
        http.SignInAsync(Scheme, new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, customerId.ToString(System.Globalization.CultureInfo.InvariantCulture)), new Claim(ClaimTypes.Name, name)],
            Scheme)));

    public static Task SignOutAsync(HttpContext http) => http.SignOutAsync(Scheme);
}
