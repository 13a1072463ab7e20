using Frontline.Events;
using Microsoft.Extensions.DependencyInjection;

namespace Frontline.Updates;

/// <summary>Proactive updates; their routes are the case's (Cases/CasesModule), their job is in Jobs/.</summary>
public static class UpdatesModule
{
    /// <summary>A case gone pending starts its category's updates.</summary>
    public static IServiceCollection AddUpdates(this IServiceCollection services) =>
        services.AddEventHandler<Reactions.StartUpdatesWhenPending>();
}
