using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;

namespace Frontline.Api;

/// <summary>
/// The answer when an address has used up its requests: problem details (RFC 9457) for the API's JSON callers, a
/// short readable page for the public HTML forms; Retry-After says when to come back.
/// </summary>
public static class TooManyRequests
{
    public const string Title = "Too many requests from your address: please try again in a minute.";

    /// <summary>Adds a rate-limit policy: <paramref name="perMinute"/> requests a minute from one address.</summary>
    public static IServiceCollection AddPerAddressLimit(this IServiceCollection services, string policy,
        int perMinute) =>
        services.Configure<RateLimiterOptions>(o => o.AddPolicy(policy, http => RateLimitPartition.GetFixedWindowLimiter(
            http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1) })));

    public static async ValueTask AnswerAsync(OnRejectedContext context, CancellationToken ct)
    {
        var http = context.HttpContext;
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait))
            http.Response.Headers.RetryAfter = Math.Ceiling(wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        if (http.Request.HasFormContentType)
        {
            http.Response.ContentType = "text/html; charset=utf-8";
            await http.Response.WriteAsync($"<!doctype html><title>Please wait</title><p>{Title}</p>", ct);
            return;
        }
        var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = { Status = StatusCodes.Status429TooManyRequests, Title = Title },
        });
    }
}
