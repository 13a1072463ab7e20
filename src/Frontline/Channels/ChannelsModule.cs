using Frontline.Channels.Chat;
using Frontline.Channels.Email;
using Frontline.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Frontline.Events;

namespace Frontline.Channels;

public static class ChannelsModule
{
    /// <summary>
    /// Mail in and out (<c>Frontline:Mail</c>), their jobs, and the limits per address on the public form
    /// (<c>Frontline:WebForm:PerMinute</c>) and on starting chats (<c>Frontline:Chat:StartsPerMinute</c>), 5 a minute each.
    /// </summary>
    public static IServiceCollection AddChannels(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(MailOptions.From(configuration));
        services.AddSingleton<MailOutbox>();
        services.AddSingleton<IInvitationMail, InvitationMail>();
        services.AddSingleton<MailboxPoller>();
        services.AddRecurringJob<Jobs.PollMailboxJob>(Jobs.PollMailboxJob.Key, TimeSpan.FromMinutes(1));
        services.AddRecurringJob<Jobs.DeliverMailJob>(Jobs.DeliverMailJob.Key, TimeSpan.FromMinutes(1));
        services.AddRecurringJob<Jobs.EndIdleChatsJob>(Jobs.EndIdleChatsJob.Key, TimeSpan.FromMinutes(1));
        // a few a minute from one address, so nobody floods the queue
        services.AddPerAddressLimit(WebForm.WebFormEndpoint.RateLimit,
            configuration.GetValue("Frontline:WebForm:PerMinute", 5));
        services.AddPerAddressLimit(ChatEndpoints.RateLimit,
            configuration.GetValue("Frontline:Chat:StartsPerMinute", 5));
        // mail queued for a customer leaves once it is committed
        services.AddEventHandler<Outbound.DeliverQueuedMail>();
        return services;
    }

    /// <summary>The public web form's post, limited per address and in size; its page is Components/Channels/ContactForm.razor.</summary>
    public static void MapWebForm(this IEndpointRouteBuilder app) =>
        app.MapPost("/contact", WebForm.WebFormEndpoint.Handle).AllowAnonymous().ExcludeFromDescription()
            .RequireRateLimiting(WebForm.WebFormEndpoint.RateLimit)
            .WithFormOptions(multipartBodyLengthLimit: WebForm.WebFormEndpoint.MaxRequestBytes);

    /// <summary>The chat widget's hub and its HTTP side, open to visitors.</summary>
    public static void MapChat(this IEndpointRouteBuilder app)
    {
        app.MapHub<ChatHub>(ChatHub.Path);
        var chat = app.MapGroup("/chat").WithTags("Chat").AllowAnonymous();
        chat.MapGet("/topics", ChatEndpoints.Topics).WithName("ChatTopics")
            .WithSummary("The topics a visitor may choose when starting a chat");
        chat.MapPost("/sessions", ChatEndpoints.Start).WithName("StartChat")
            .RequireRateLimiting(ChatEndpoints.RateLimit)
            .WithSummary("Start a chat: opens a case on the chat channel, on a visitor record until they prove their address, and returns the token the widget speaks with");
        chat.MapGet("/sessions/{id:long}/messages", ChatEndpoints.Messages).WithName("ChatTranscript")
            .WithSummary($"The chat's transcript, for the visitor holding its token in {ChatEndpoints.TokenHeader}");
        // under /portal, where the customer's cookie goes; JSON only, and the cookie is SameSite=Lax, so no other site posts it
        var portal = app.MapGroup("/portal/chat").WithTags("Chat").AllowAnonymous();
        portal.MapGet("", ChatEndpoints.SignedIn).WithName("ChatSignedIn")
            .WithSummary("The customer signed in to the portal, if any, so the widget starts their chat without asking who they are");
        portal.MapPost("", ChatEndpoints.StartSignedIn).WithName("StartSignedInChat")
            .RequireRateLimiting(ChatEndpoints.RateLimit)
            .WithSummary("Start a chat as the customer signed in to the portal: verified from the start");
    }

    public static void MapChannels(this RouteGroupBuilder api)
    {
        var channels = api.MapGroup("/channels").WithTags("Channels");
        channels.MapPost("/email/inbound", EmailEndpoints.Receive).WithName("ReceiveEmail")
            .RequireAuthorization(Policies.FrontLine)
            .WithSummary("An inbound e-mail as raw MIME: recorded on its sender and case, or quarantined if it cannot be read")
            .Accepts<byte[]>("message/rfc822");
        api.MapPost("/cases/{id:long}/email-replies", ReplyByEmail.Handle).WithTags("Channels").WithName("ReplyByEmail")
            .RequireAuthorization(Policies.FrontLine)
            .WithSummary("Answer a case by e-mail, in its thread: written to the timeline and the outbox together, sent over SMTP");
        api.MapGet("/attachments/{id:long}", Attachments.Download).WithTags("Channels").WithName("DownloadAttachment")
            .RequireAuthorization(Policies.FrontLine)
            .WithSummary("A file a customer sent, as it was kept (its name, type and size are on the touchpoint in the timeline)");
        channels.MapGet("/quarantine", EmailEndpoints.Quarantine).WithName("ListQuarantine")
            .RequireAuthorization(Policies.Admin)
            .WithSummary("Messages that could not be read, newest first");
        channels.MapGet("/quarantine/{id:long}/raw", EmailEndpoints.Raw).WithName("GetQuarantinedMessage")
            .RequireAuthorization(Policies.Admin)
            .WithSummary("A quarantined message exactly as it arrived");
        channels.MapPost("/quarantine/{id:long}/recover", QuarantineDesk.Recover).WithName("RecoverQuarantinedMessage")
            .RequireAuthorization(Policies.Admin)
            .WithSummary("Record a quarantined message like any inbound e-mail, on the sender given when it names none; it leaves quarantine");
        channels.MapDelete("/quarantine/{id:long}", QuarantineDesk.Delete).WithName("DeleteQuarantinedMessage")
            .RequireAuthorization(Policies.Admin)
            .WithSummary("Delete a quarantined message (spam, say)");

        var outbox = api.MapGroup("/outbox").WithTags("Channels").RequireAuthorization(Policies.Admin);
        outbox.MapGet("/", Outbound.OutboxMessages.List).WithName("ListOutbox")
            .WithSummary("Every message to a customer, newest first: queued, sending, sent, or failed and why");
        outbox.MapPost("/{id:long}/retry", Outbound.OutboxMessages.Retry).WithName("RetryOutboxMessage")
            .WithSummary("Send a failed message again, with fresh attempts");
        api.MapPost("/mail/test", MailCheck.Handle).WithTags("Channels").WithName("SendTestMail")
            .RequireAuthorization(Policies.Admin)
            .WithSummary("Send a test e-mail to an address, to check the mail settings; the answer says what happened");
    }
}
