using Frontline.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Frontline.Events;
using Microsoft.Extensions.DependencyInjection;

namespace Frontline.Updates;

public static class UpdatesModule
{
    /// <summary>Due updates are looked for every <c>Frontline:Updates:CheckSeconds</c> (60).</summary>
    /// <summary>A case gone pending starts its category's updates.</summary>
    public static IServiceCollection AddUpdates(this IServiceCollection services, IConfiguration configuration) =>
        services.AddRecurringJob<Jobs.SendUpdatesJob>(Jobs.SendUpdatesJob.Key,
                TimeSpan.FromSeconds(configuration.GetValue("Frontline:Updates:CheckSeconds", 60)))
            .AddEventHandler<Reactions.StartUpdatesWhenPending>();

    public static void MapUpdates(this RouteGroupBuilder api)
    {
        var cases = api.MapGroup("/cases").WithTags("Cases").RequireAuthorization(Policies.FrontLine);
        cases.MapGet("/{id:long}/updates", ProactiveUpdates.Get).WithName("GetUpdatePlan")
            .WithSummary("The case's plan of proactive updates to the customer");
        cases.MapPut("/{id:long}/updates", ProactiveUpdates.Put).WithName("SetUpdatePlan")
            .WithSummary("Send the customer an update every so many hours, on their channel, outside their quiet hours");
        cases.MapDelete("/{id:long}/updates", ProactiveUpdates.Delete).WithName("StopUpdates")
            .WithSummary("Stop the proactive updates");
    }
}
