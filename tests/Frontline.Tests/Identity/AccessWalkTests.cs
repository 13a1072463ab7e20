using System.Net;
using System.Text;
using Frontline.Identity;
using Frontline.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Frontline.Tests.Identity;

/// <summary>
/// Walks every API endpoint as every role, each as a person signed in with a cookie, a key acting for that person and
/// a key of a service account: the same answer for all three, 403 below the endpoint's role, and never a 5xx.
/// </summary>
public abstract class AccessWalkTests(ApiFixture fx)
{
    private static readonly Dictionary<string, string> PolicyRoles = new()
    {
        [Policies.FrontLine] = Roles.Agent, [Policies.TeamLead] = Roles.TeamLead, [Policies.Manager] = Roles.Manager,
        [Policies.Admin] = Roles.Admin,
    };

    /// <summary>Where a caller kind is refused by what it is, not by its role: a key has no password of its own.</summary>
    private static readonly HashSet<(string Route, string Kind)> RefusedByKind =
    [
        ("POST /api/v1/me/password", "key for a person"), ("POST /api/v1/me/password", "service-account key"),
    ];

    private sealed record Route(string Method, string Template, string Url, string LowestRole);

    private List<Route> Routes() => fx.Services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
        .Where(e => e.RoutePattern.RawText?.StartsWith("/api/") == true)
        .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(method => new Route(method,
            e.RoutePattern.RawText!, UrlOf(e.RoutePattern.RawText!),
            e.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).OfType<string>().Where(PolicyRoles.ContainsKey)
                .Select(p => PolicyRoles[p]).MaxBy(Roles.Rank) ?? Roles.Agent)))
        .Where(r => r.Method != "OPTIONS")
        .OrderBy(r => r.Template).ThenBy(r => r.Method).ToList();

    /// <summary>Route values that name nothing: the walk asks about objects that do not exist, so it changes nothing.</summary>
    private static string UrlOf(string template) => System.Text.RegularExpressions.Regex.Replace(template, @"\{([^}:]+)(:[^}]+)?\}",
        m => m.Groups[2].Value.StartsWith(":long") || m.Groups[2].Value.StartsWith(":int") ? "999999999"
            : m.Groups[1].Value == "reference" ? "C-999999999" : "nothing-here");

    private async Task<Dictionary<string, HttpClient>> CallersAsync(string role) => new()
    {
        ["person"] = await fx.SignInAsync(ApiFixture.EmailOf(role)),
        ["key for a person"] = fx.As(role),
        ["service-account key"] = (await fx.ServiceAccountKeyAsync(fx.TeamId, role)).Client,
    };

    [Fact]
    public async Task Every_endpoint_answers_each_role_alike_as_a_person_a_key_for_them_and_a_service_account_key()
    {
        var routes = Routes();
        var wrong = new StringBuilder();
        foreach (var role in Roles.All)
        {
            foreach (var (kind, client) in await CallersAsync(role))
            {
                foreach (var route in routes)
                {
                    using var request = new HttpRequestMessage(new HttpMethod(route.Method), route.Url);
                    if (route.Method is "POST" or "PUT" or "PATCH") request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
                    var status = (int)(await client.SendAsync(request, TestContext.Current.CancellationToken)).StatusCode;
                    var allowed = Roles.Rank(role) >= Roles.Rank(route.LowestRole) && !RefusedByKind.Contains(($"{route.Method} {route.Template}", kind));
                    var fine = status < 500 && (allowed ? status is not (401 or 403) : status == 403);
                    if (!fine) wrong.AppendLine($"{route.Method} {route.Template} as {role} ({kind}): {status}, expected {(allowed ? "an answer" : "403")}");
                }
            }
        }

        routes.Count.ShouldBeGreaterThan(80);
        wrong.ToString().ShouldBeEmpty();
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AccessWalkOnSqlite(SqliteApi fx) : AccessWalkTests(fx);

[Collection(PostgresCollection.Name)]
public sealed class AccessWalkOnPostgres(PostgresApi fx) : AccessWalkTests(fx);
