using Frontline.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Frontline.Touchpoints;

public static class TouchpointsModule
{
    public static void MapTouchpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/").WithTags("Touchpoints").RequireAuthorization(Policies.FrontLine);
        group.MapPost("/customers/{id:long}/touchpoints", AppendTouchpoint.ToCustomer).WithName("AppendCustomerTouchpoint")
            .WithSummary("Record an interaction with a customer");
        group.MapPost("/cases/{id:long}/touchpoints", AppendTouchpoint.ToCase).WithName("AppendCaseTouchpoint")
            .WithSummary("Record an interaction on a case");
        group.MapPost("/touchpoints/inbound", RecordInbound.Handle).WithName("RecordInboundTouchpoint")
            .WithSummary("Record a message by its sender's e-mail or phone: matched to a customer, or a new one; threaded by case number");
        group.MapPost("/telephony/events", Telephony.Handle).WithName("RecordCallEvent")
            .WithSummary("A telephony system's call event (started, ended, recording): one touchpoint per call on the caller's customer");
        group.MapGet("/customers/{id:long}/quotes", Quotes.OfCustomer).WithName("ListCustomerQuotes")
            .WithSummary("Every price quoted to the customer, on any channel");
        group.MapGet("/cases/{id:long}/timeline", Timeline.OfCase).WithName("GetCaseTimeline")
            .WithSummary("A case's touchpoints in time order, paged");
        group.MapGet("/customers/{id:long}/timeline", Timeline.OfCustomer).WithName("GetCustomerTimeline")
            .WithSummary("A customer's touchpoints on every channel, newest first, paged");
    }
}
