using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Frontline.Portal;

public static class PortalModule
{
    /// <summary>Sign-in links (<c>Frontline:Portal:SignInsPerMinute</c>) and new cases (<c>CasesPerMinute</c>) a minute
    /// from one address, 5 each.</summary>
    public static IServiceCollection AddPortal(this IServiceCollection services, IConfiguration configuration) =>
        services.AddPerAddressLimit(PortalEndpoints.RateLimit, configuration.GetValue("Frontline:Portal:SignInsPerMinute", 5))
            .AddPerAddressLimit(PortalEndpoints.NewCaseRateLimit, configuration.GetValue("Frontline:Portal:CasesPerMinute", 5));

    public static void MapPortal(this IEndpointRouteBuilder app)
    {
        var portal = app.MapGroup("/portal").AllowAnonymous().ExcludeFromDescription();
        // every post is a page's form and carries its antiforgery token; one without it (a page on another site)
        // changes nothing
        portal.AddEndpointFilter(PortalEndpoints.FormTokenAsync);
        portal.MapPost("/sign-in", PortalEndpoints.SignIn).RequireRateLimiting(PortalEndpoints.RateLimit);
        portal.MapPost("/enter", PortalEndpoints.Enter);
        portal.MapPost("/sign-out", (Delegate)PortalEndpoints.SignOut);
        // the customer may send a file with their words, as on the public form
        portal.MapPost("/cases", PortalEndpoints.Open).RequireRateLimiting(PortalEndpoints.NewCaseRateLimit)
            .WithFormOptions(multipartBodyLengthLimit: Channels.WebForm.WebFormEndpoint.MaxRequestBytes);
        portal.MapPost("/cases/{id:long}/reply", PortalEndpoints.Reply)
            .WithFormOptions(multipartBodyLengthLimit: Channels.WebForm.WebFormEndpoint.MaxRequestBytes);
        portal.MapPost("/cases/{id:long}/confirm", PortalEndpoints.Confirm);
        portal.MapPost("/cases/{id:long}/reopen", PortalEndpoints.Reopen);
        portal.MapGet("/attachments/{id:long}", PortalEndpoints.Attachment);
    }
}
