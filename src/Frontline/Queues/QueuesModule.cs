using Frontline.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Frontline.Queues;

public static class QueuesModule
{
    public static void MapQueues(this RouteGroupBuilder api)
    {
        var queues = api.MapGroup("/queues").WithTags("Queues").RequireAuthorization(Policies.FrontLine);
        queues.MapGet("/", CaseQueues.Counts).WithName("QueueCounts").WithSummary("How many cases wait in each of the caller's queues, and approvals for them");
        queues.MapGet("/{name}", CaseQueues.Handle).WithName("ListQueue")
            .WithSummary("A queue (Mine, Team, Unassigned, DueSoon, Breached) of open and pending cases, the soonest due first");
        api.MapGet("/cases/{id:long}/handoffs", Handoffs.OfCase).WithTags("Queues").WithName("ListHandoffs")
            .WithSummary("Every change of a case's owner, oldest first").RequireAuthorization(Policies.FrontLine);

        var sla = api.MapGroup("/sla/targets").WithTags("Queues");
        sla.MapGet("/", Sla.List).WithName("ListSlaTargets").WithSummary("First-response and resolution targets in working hours")
            .RequireAuthorization(Policies.FrontLine);
        sla.MapPut("/", Sla.Put).WithName("SaveSlaTarget").WithSummary("Set the target for a priority, for every category or one")
            .RequireAuthorization(Policies.Manager);

        var calendars = api.MapGroup("/teams/{id:long}/calendar").WithTags("Queues");
        calendars.MapGet("/", TeamCalendars.Get).WithName("GetTeamCalendar").WithSummary("A team's working hours, days and holidays")
            .RequireAuthorization(Policies.FrontLine);
        calendars.MapPut("/", TeamCalendars.Put).WithName("SaveTeamCalendar").WithSummary("Set a team's working hours, days and holidays")
            .RequireAuthorization(Policies.Manager);
    }
}
