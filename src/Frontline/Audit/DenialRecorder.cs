using Frontline.Events;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Frontline.Audit;

/// <summary>
/// Publishes <c>access.denied</c> for every API or UI response of 401 or 403 (static files aside), and for a page
/// whose challenge or refusal became a redirect to the sign-in form. It writes in a scope and transaction of its own,
/// as the response starts: the request's own writes were not committed and must stay so.
/// </summary>
internal sealed class DenialRecorder(RequestDelegate next, IServiceScopeFactory scopes, TimeProvider clock,
    ILogger<DenialRecorder> log)
{
    private const string StatusItem = "audit.denied-status";
    private const string ReasonItem = "audit.denied-reason";

    public Task InvokeAsync(HttpContext http)
    {
        if (!IsStaticFile(http.Request.Path)) http.Response.OnStarting(() => RecordAsync(http));
        return next(http);
    }

    /// <summary>Notes what authorization decided, so a page's redirect to the sign-in form is recorded too.</summary>
    public static void Note(HttpContext http, int status, string? reason) =>
        (http.Items[StatusItem], http.Items[ReasonItem]) = (status, reason);

    private async Task RecordAsync(HttpContext http)
    {
        var status = http.Items[StatusItem] as int? ?? http.Response.StatusCode;
        if (status is not (StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden)) return;
        if (http.RequestServices.GetService<FrontlineDb>() is { } own && AccessDenials.RecordedIn(own)) return;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<FrontlineDb>();
            var reason = http.Items[ReasonItem] as string ?? (status == StatusCodes.Status401Unauthorized ? Unauthenticated(http) : null);
            var route = (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText;
            var path = http.Request.Path.Value ?? "/";
            db.Publish(AccessDenials.ActorOf(http.User), clock.GetUtcNow().UtcDateTime,
                new AccessDenied(http.Request.Method, path.Length > 200 ? path[..200] : path, status, reason, route));
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (Exception e)
        {
            // the answer to the caller stands; the operator hears that the log missed a refusal
            log.LogError(e, "A refusal of {Method} {Path} could not be written to the audit log", http.Request.Method,
                http.Request.Path);
        }
    }

    private static string Unauthenticated(HttpContext http) =>
        http.Request.Headers.ContainsKey(Identity.ApiKey.Header) ? "The API key was not accepted." : "Nobody was signed in.";

    private static bool IsStaticFile(PathString path) =>
        !path.StartsWithSegments("/api")
        && (path.StartsWithSegments("/_framework") || path.StartsWithSegments("/_content") || System.IO.Path.HasExtension(path.Value));
}

/// <summary>Tells <see cref="DenialRecorder"/> why authorization challenged or refused, then answers as ASP.NET Core does.</summary>
internal sealed class AuditedAuthorizationResults : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler answer = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy,
        PolicyAuthorizationResult result)
    {
        if (result.Challenged) DenialRecorder.Note(context, StatusCodes.Status401Unauthorized, null);
        else if (result.Forbidden) DenialRecorder.Note(context, StatusCodes.Status403Forbidden,
            Reason(result.AuthorizationFailure));
        return answer.HandleAsync(next, context, policy, result);
    }

    private static string? Reason(AuthorizationFailure? failure) =>
        failure?.FailedRequirements.OfType<RolesAuthorizationRequirement>().FirstOrDefault() is { } roles
            ? $"Needs the role {string.Join(" or ", roles.AllowedRoles)}."
            : null;
}
