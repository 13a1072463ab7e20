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
        app.MapHub<ChatHub>(ChatHub.Path);
        var chat = app.MapGroup("/chat").WithTags("Chat").AllowAnonymous();
        chat.MapGet("/topics", ChatEndpoints.Topics).WithName("ChatTopics").WithSummary("The topics a visitor may choose when starting a chat");
        chat.MapPost("/sessions", ChatEndpoints.Start).WithName("StartChat").RequireRateLimiting(ChatEndpoints.RateLimit)
            .WithSummary("Start a chat: opens a case on the chat channel, on a visitor record until they prove their address, and returns the token the widget speaks with");
        chat.MapGet("/sessions/{id:long}/messages", ChatEndpoints.Messages).WithName("ChatTranscript")
            .WithSummary($"The chat's transcript, for the visitor holding its token in {ChatEndpoints.TokenHeader}");
        // under /portal, where the customer's cookie goes; JSON only, and the cookie is SameSite=Lax, so no other site posts it
        var portal = app.MapGroup("/portal/chat").WithTags("Chat").AllowAnonymous();
        portal.MapGet("", ChatEndpoints.SignedIn).WithName("ChatSignedIn")
            .WithSummary("The customer signed in to the portal, if any, so the widget starts their chat without asking who they are");
        portal.MapPost("", ChatEndpoints.StartSignedIn).WithName("StartSignedInChat").RequireRateLimiting(ChatEndpoints.RateLimit)
            .WithSummary("Start a chat as the customer signed in to the portal: verified from the start");
    }
}
