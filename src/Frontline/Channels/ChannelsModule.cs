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
    /// <summary>Mail queued for a customer leaves once it is committed.</summary>
    public static IServiceCollection AddChannels(this IServiceCollection services) =>
        services.AddEventHandler<Outbound.DeliverQueuedMail>();

    /// <summary>The public web form's post, limited per address and in size; its page is Components/Channels/ContactForm.razor.</summary>
    public static void MapWebForm(this IEndpointRouteBuilder app) =>
        app.MapPost("/contact", WebForm.WebFormEndpoint.Handle).AllowAnonymous().ExcludeFromDescription()
            .RequireRateLimiting(WebForm.WebFormEndpoint.RateLimit)
            .WithFormOptions(multipartBodyLengthLimit: WebForm.WebFormEndpoint.MaxRequestBytes);

    public static void MapChannels(this RouteGroupBuilder api)
    {
        var channels = api.MapGroup("/channels").WithTags("Channels");
        channels.MapPost("/email/inbound", EmailEndpoints.Receive).WithName("ReceiveEmail").RequireAuthorization(Policies.FrontLine)
            .WithSummary("An inbound e-mail as raw MIME: recorded on its sender and case, or quarantined if it cannot be read")
            .Accepts<byte[]>("message/rfc822");
        api.MapPost("/cases/{id:long}/email-replies", ReplyByEmail.Handle).WithTags("Channels").WithName("ReplyByEmail")
            .RequireAuthorization(Policies.FrontLine)
            .WithSummary("Answer a case by e-mail, in its thread: written to the timeline and the outbox together, sent over SMTP");
        api.MapGet("/attachments/{id:long}", Attachments.Download).WithTags("Channels").WithName("DownloadAttachment")
            .RequireAuthorization(Policies.FrontLine)
            .WithSummary("A file a customer sent, as it was kept (its name, type and size are on the touchpoint in the timeline)");
        channels.MapGet("/quarantine", EmailEndpoints.Quarantine).WithName("ListQuarantine").RequireAuthorization(Policies.Admin)
            .WithSummary("Messages that could not be read, newest first");
        channels.MapGet("/quarantine/{id:long}/raw", EmailEndpoints.Raw).WithName("GetQuarantinedMessage").RequireAuthorization(Policies.Admin)
            .WithSummary("A quarantined message exactly as it arrived");
        channels.MapPost("/quarantine/{id:long}/recover", QuarantineDesk.Recover).WithName("RecoverQuarantinedMessage").RequireAuthorization(Policies.Admin)
            .WithSummary("Record a quarantined message like any inbound e-mail, on the sender given when it names none; it leaves quarantine");
        channels.MapDelete("/quarantine/{id:long}", QuarantineDesk.Delete).WithName("DeleteQuarantinedMessage").RequireAuthorization(Policies.Admin)
            .WithSummary("Delete a quarantined message (spam, say)");
    }
}
