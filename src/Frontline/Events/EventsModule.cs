using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Frontline.Events;

/// <summary>The event spine: the outbox, the dispatcher, and the admins' view of events and parked deliveries.</summary>
public static class EventsModule
{
    public static IServiceCollection AddFrontlineEvents(this IServiceCollection services, EventOptions options)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(options);
        services.AddHttpContextAccessor();
        services.AddSingleton<EventSignal>();
        services.AddSingleton<EventDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<EventDispatcher>());
        return services;
    }

    /// <summary>Subscribes a handler; it is resolved in a scope of its own for each delivery.</summary>
    public static IServiceCollection AddEventHandler<T>(this IServiceCollection services) where T : class, IEventHandler
    {
        services.AddScoped<IEventHandler, T>();
        return services;
    }

    public static RouteGroupBuilder MapEvents(this RouteGroupBuilder api)
    {
        var events = api.MapGroup("/events").WithTags("Events").RequireAuthorization(Identity.Policies.Admin);
        events.MapGet("/", EventLog.ListAsync).WithName("ListEvents")
            .WithSummary("The event log in position order, after a position");
        events.MapGet("/types", () => TypedResults.Ok(EventLog.Types())).WithName("ListEventTypes")
            .WithSummary("Every event type, its version and whether it carries personal data");
        events.MapGet("/parked", ParkedDeliveries.ListAsync).WithName("ListParkedDeliveries")
            .WithSummary("Deliveries a handler kept failing, with their last error");
        events.MapPost("/deliveries/{id:long}/retry", ParkedDeliveries.RetryEndpointAsync).WithName("RetryDelivery")
            .WithSummary("Send a parked delivery round again");
        return events;
    }
}
