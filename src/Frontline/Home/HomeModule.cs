using Frontline.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Frontline.Home;

/// <summary>The first screen after sign-in: the caller's lists with their counts, in one read.</summary>
public static class HomeModule
{
    public static void MapHome(this RouteGroupBuilder api)
    {
        api.MapGet("/me/home", MyHome.Handle).WithTags("Home").WithName("GetMyHome")
            .WithSummary("The caller's counts and first items (take, 0-20, default 5): their cases, their teams' queue, "
                + "unassigned, chats waiting, due soon, breached, call-backs due, notifications; approvals and team "
                + "load for leads")
            .RequireAuthorization(Policies.FrontLine);
    }
}
