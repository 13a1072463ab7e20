using Frontline.Events;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Frontline.Webhooks;

/// <summary>Outgoing webhooks: endpoints admins register, a message per event for each, signed and sent with retries.</summary>
public static class WebhooksModule
{
    public static IServiceCollection AddWebhooks(this IServiceCollection services, IConfiguration configuration)
    {
        var options = WebhookOptions.From(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(options);
        services.AddSingleton(new WebhookAddresses(options.AllowedAddresses));
        services.AddSingleton<WebhookSignal>();
        services.AddSingleton<WebhookDelivery>();
        services.AddSingleton<WebhookSender>();
        services.AddHostedService(sp => sp.GetRequiredService<WebhookSender>());
        services.AddEventHandler<EnqueueWebhooks>();
        return services;
    }

    public static RouteGroupBuilder MapWebhooks(this RouteGroupBuilder api)
    {
        var webhooks = api.MapGroup("/webhooks").WithTags("Webhooks").RequireAuthorization(Identity.Policies.Admin);
        webhooks.MapGet("/endpoints", WebhookRoutes.ListEndpoints).WithName("ListWebhookEndpoints")
            .WithSummary("The registered webhook endpoints (never their secrets).");
        webhooks.MapGet("/endpoints/{id:long}", WebhookRoutes.GetEndpoint).WithName("GetWebhookEndpoint")
            .WithSummary("One webhook endpoint.");
        webhooks.MapPost("/endpoints", WebhookRoutes.CreateEndpoint).WithName("CreateWebhookEndpoint")
            .WithSummary("Registers an endpoint; the answer holds its signing secret, shown this once.");
        webhooks.MapPut("/endpoints/{id:long}", WebhookRoutes.UpdateEndpoint).WithName("UpdateWebhookEndpoint")
            .WithSummary("Changes an endpoint's URL, event types, description or whether it is enabled.");
        webhooks.MapDelete("/endpoints/{id:long}", WebhookRoutes.DeleteEndpoint).WithName("DeleteWebhookEndpoint")
            .WithSummary("Removes an endpoint with its messages and attempts.");
        webhooks.MapPost("/endpoints/{id:long}/rotate-secret", WebhookRoutes.RotateSecret)
            .WithName("RotateWebhookSecret")
            .WithSummary("A new secret, shown once; the previous one keeps signing alongside it for the overlap.");
        webhooks.MapGet("/endpoints/{id:long}/messages", WebhookRoutes.ListMessages).WithName("ListWebhookMessages")
            .WithSummary("The latest messages to an endpoint, newest first.");
        webhooks.MapGet("/messages/{id:long}", WebhookRoutes.GetMessage).WithName("GetWebhookMessage")
            .WithSummary("One message: its body and every attempt (time, status, duration, first kilobyte of the answer, error).");
        webhooks.MapPost("/messages/{id:long}/replay", WebhookRoutes.Replay).WithName("ReplayWebhookMessage")
            .WithSummary("One more attempt at a message, now.");
        return webhooks;
    }
}
