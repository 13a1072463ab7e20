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
        account.MapPost("/logout", Logout).RequireAuthorization(Policies.FrontLine);
        // the form posts its antiforgery token; checked here since the handler reads no form field
    }

    private static async Task<RedirectHttpResult> Login(
        [FromForm] string? email, [FromForm] string? password, [FromForm] string? returnUrl, SignInManager<Agent> signIn)
    {
        var back = LocalOr(returnUrl, "/");
        var user = string.IsNullOrWhiteSpace(email) ? null : await signIn.UserManager.FindByEmailAsync(email.Trim());
        if (user is not { IsActive: true })
        {
            // hash anyway, so an unknown address answers as slowly as a wrong password
            signIn.UserManager.PasswordHasher.VerifyHashedPassword(new Agent(), UnknownUserHash.Value, password ?? "");
        }
        else if (!string.IsNullOrEmpty(password))
        {
            var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
            if (result.Succeeded) return TypedResults.LocalRedirect(back);
            if (result.IsLockedOut) return TypedResults.LocalRedirect($"/login?error=locked&returnUrl={Uri.EscapeDataString(back)}");
        }
        return TypedResults.LocalRedirect($"/login?error=invalid&returnUrl={Uri.EscapeDataString(back)}");
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
