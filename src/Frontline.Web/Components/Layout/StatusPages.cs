namespace Frontline.Web.Components.Layout;

/// <summary>
/// A person's browser asking for an address that is not there (or not for them) gets a page with a title and a way
/// home; programs (the API, the hubs, anything not asking for HTML) keep their problem details.
/// </summary>
internal static class StatusPages
{
    public static WebApplication UseFriendlyStatusPages(this WebApplication app)
    {
        app.UseWhen(ForPeople, branch => branch.UseStatusCodePagesWithReExecute("/not-found",
            createScopeForStatusCodePages: true));
        app.UseWhen(http => !ForPeople(http), branch => branch.UseStatusCodePages());
        return app;
    }

    private static bool ForPeople(HttpContext http) =>
        !http.Request.Path.StartsWithSegments("/api")
        && HttpMethods.IsGet(http.Request.Method)
        && http.Request.Headers.Accept.Any(a => a?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);
}
