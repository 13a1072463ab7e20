using Frontline.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Frontline.Guidelines;

public static class GuidelinesModule
{
    public static void MapGuidelines(this RouteGroupBuilder api)
    {
        var guidelines = api.MapGroup("/guidelines").WithTags("Guidelines");
        guidelines.MapGet("/", GuidelineQueries.List).WithName("ListGuidelines").WithSummary("Guidelines, optionally of one category")
            .RequireAuthorization(Policies.FrontLine);
        guidelines.MapGet("/{id:long}", GuidelineQueries.Get).WithName("GetGuideline").WithSummary("A guideline in its current or an earlier version")
            .RequireAuthorization(Policies.FrontLine);
        guidelines.MapPost("/", SaveGuideline.Create).WithName("CreateGuideline").WithSummary("Write a guideline for a category (version 1)")
            .RequireAuthorization(Policies.Manager);
        guidelines.MapPut("/{id:long}", SaveGuideline.Update).WithName("UpdateGuideline").WithSummary("Write a new version of a guideline")
            .RequireAuthorization(Policies.Manager);
    }
}
