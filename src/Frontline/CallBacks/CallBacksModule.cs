using Frontline.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Frontline.CallBacks;

/// <summary>Call-backs: an agent's reminders to call a customer, set on the customer and shown on their home.</summary>
public static class CallBacksModule
{
    public static void MapCallBacks(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/").WithTags("Call-backs").RequireAuthorization(Policies.FrontLine);
        group.MapPost("/customers/{id:long}/callbacks", ScheduleCallBack.Handle).WithName("ScheduleCallBack")
            .WithSummary("Set the caller a reminder to call the customer back (when, a note, optionally one of their cases)");
        group.MapGet("/me/callbacks", MyCallBacks.List).WithName("ListMyCallBacks")
            .WithSummary("The caller's call-backs not done yet, soonest first (due=true: only those due now)");
        group.MapPost("/me/callbacks/{id:long}/done", MyCallBacks.Done).WithName("MarkMyCallBackDone")
            .WithSummary("Mark one of the caller's call-backs done");
    }
}
