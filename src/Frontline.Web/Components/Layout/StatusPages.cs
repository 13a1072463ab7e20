using System.Net;

namespace Frontline.Web.Components.Layout;

/// <summary>
/// A person's browser asking for an address that is not there gets a page with a title and a way home; programs (the
/// API, the hubs, anything not asking for HTML) keep their problem details. Written here rather than re-executed into
/// a Blazor page: the renderer leaves a re-executed 404 empty. A page for another role goes to /forbidden.
/// </summary>
internal static class StatusPages
{
    public static WebApplication UseFriendlyStatusPages(this WebApplication app)
    {
        app.UseStatusCodePages(async context =>
        {
            var http = context.HttpContext;
            if (!ForPeople(http))
            {
                // as UseStatusCodePages() answers by default: problem details, else the bare status in words
                var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
                if (!await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http }))
                    await http.Response.WriteAsync($"Status Code: {http.Response.StatusCode}");
                return;
            }
            http.Response.ContentType = "text/html; charset=utf-8";
            await http.Response.WriteAsync(Page(http.Response.StatusCode));
        });
        return app;
    }

    private static string Page(int status)
    {
        var (title, words) = status == StatusCodes.Status404NotFound
            ? ("Page not found", "There is no page at this address. It may have moved, or the address has a typo.")
            : ("Something is not right", $"This address answered {status}. Try again, or start over.");
        return $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8" /><title>{WebUtility.HtmlEncode(title)} · Frontline</title>
            <link rel="icon" type="image/svg+xml" href="/favicon.svg" /><link rel="stylesheet" href="/app.css" /></head>
            <body><main class="login status-page"><h1>{WebUtility.HtmlEncode(title)}</h1><p>{WebUtility.HtmlEncode(words)}</p>
            <p><a href="/">Go to the start page</a></p></main></body></html>
            """;
    }

    private static bool ForPeople(HttpContext http) =>
        !http.Request.Path.StartsWithSegments("/api")
        && HttpMethods.IsGet(http.Request.Method)
        && http.Request.Headers.Accept.Any(a => a?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);
}
