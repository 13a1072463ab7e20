using Frontline.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Frontline.Gestures;

public static class GesturesModule
{
    public static void MapGestures(this RouteGroupBuilder api)
    {
        var gestures = api.MapGroup("/cases/{id:long}/gestures").WithTags("Gestures").RequireAuthorization(Policies.FrontLine);
        gestures.MapPost("/evaluate", EvaluateGesture.Handle).WithName("EvaluateGesture")
            .WithSummary("Grant now or needs approval, with the guideline's options and alternatives");
        gestures.MapPost("/", GrantGesture.Handle).WithName("GrantGesture")
            .WithSummary("Grant inside your sandbox (201), or send an approval request to the level that can decide (202)");
    }
}
