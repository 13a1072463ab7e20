using Frontline.Channels.Chat;
using Frontline.Events;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Frontline.Live;

/// <summary>SignalR: the agents' live hub and the chat widget's hub, fed by the events committed (LiveScreens).</summary>
public static class LiveModule
{
    /// <param name="redis">A Redis connection string: with several nodes, live messages cross between them through it.</param>
    public static IServiceCollection AddFrontlineLive(this IServiceCollection services, string? redis)
    {
        var signalR = services.AddSignalR(o => o.MaximumReceiveMessageSize = 64 * 1024);
        if (!string.IsNullOrWhiteSpace(redis))
            signalR.AddStackExchangeRedis(redis, o => o.Configuration.ChannelPrefix = StackExchange.Redis.RedisChannel.Literal("frontline"));
        services.AddEventHandler<LiveScreens>();
        return services;
    }

    public static void MapFrontlineLive(this IEndpointRouteBuilder app)
    {
        app.MapHub<LiveHub>(LiveHub.Path);
    }
}
