using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Frontline.Tests.Infrastructure;

namespace Frontline.Tests.Identity;

[Collection(SqliteCollection.Name)]
public sealed class EndpointPolicyTests(SqliteApi fx)
{
    [Fact]
    public void Every_api_endpoint_requires_a_role_policy_and_none_is_anonymous()
    {
        var endpoints = fx.Services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/") == true).ToList();

        endpoints.Count.ShouldBeGreaterThan(20);
        endpoints.Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null).Select(e => e.DisplayName).ShouldBeEmpty();
        endpoints.Where(e => !e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => !string.IsNullOrEmpty(a.Policy)))
            .Select(e => e.DisplayName).ShouldBeEmpty();
    }
}
