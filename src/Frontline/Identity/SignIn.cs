using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Frontline.Identity;

/// <summary>Cookie sign-in for the UI: the sign-in page posts here (with its antiforgery token).</summary>
internal static class SignIn
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("/account").ExcludeFromDescription();
        account.MapPost("/login", Login).AllowAnonymous();
        // the invited person has no key and no session yet: the token in their link is what lets them in, so this
        // stays outside /api, where every endpoint needs a role
        account.MapPost("/invitations/accept", Invitations.Accept).WithName("AcceptInvitation").AllowAnonymous();
        account.MapPost("/logout", Logout).RequireAuthorization(Policies.FrontLine);
        // the form posts its antiforgery token; checked here since the handler reads no form field
    }

    /// <summary>
    /// Every refusal answers alike (unknown, inactive, locked, throttled or a wrong password): the same redirect and
    /// words, so the form tells no one which addresses exist, and locking a person out is done quietly.
    /// </summary>
    private static async Task<RedirectHttpResult> Login([FromForm] string? email, [FromForm] string? password,
        [FromForm] string? returnUrl, HttpContext http, SignInManager<Agent> signIn, SignInThrottle throttle)
    {
        var back = LocalOr(returnUrl, "/");
        var address = email?.Trim() ?? "";
        var source = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (throttle.Allows(address, source))
        {
            if (await PasswordMatchesAsync(signIn, address, password)) return TypedResults.LocalRedirect(back);
            throttle.Failed(address, source);
        }
        return TypedResults.LocalRedirect($"/login?error=invalid&returnUrl={Uri.EscapeDataString(back)}");
    }

    private static async Task<bool> PasswordMatchesAsync(SignInManager<Agent> signIn, string address, string? password)
    {
        var users = signIn.UserManager;
        var user = address.Length == 0 ? null : await users.FindByEmailAsync(address);
        if (user is not { IsActive: true } || string.IsNullOrEmpty(password) || await users.IsLockedOutAsync(user))
        {
            // hash anyway, so these answer as slowly as a wrong password
            users.PasswordHasher.VerifyHashedPassword(new Agent(), UnknownUserHash.Value, password ?? "");
            return false;
        }
        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        return result.Succeeded;
    }

    private static async Task<Results<RedirectHttpResult, BadRequest>> Logout(HttpContext http, IAntiforgery antiforgery, SignInManager<Agent> signIn)
    {
        if (!await antiforgery.IsRequestValidAsync(http)) return TypedResults.BadRequest();
        await signIn.SignOutAsync();
        return TypedResults.LocalRedirect("/login");
    }

    private static readonly Lazy<string> UnknownUserHash = new(() => new PasswordHasher<Agent>().HashPassword(new Agent(), Guid.NewGuid().ToString()));

    // a local path only, and without control characters (a tab or a newline makes LocalRedirect throw)
    private static string LocalOr(string? url, string fallback) =>
        !string.IsNullOrEmpty(url) && url.Length <= 2000 && url.StartsWith('/') && !url.StartsWith("//")
        && !url.StartsWith("/\\") && !url.Any(char.IsControl) ? url : fallback;
}
