using Frontline.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Frontline.Authority;

public static class AuthorityModule
{
    public static void MapAuthority(this RouteGroupBuilder api)
    {
        var grants = api.MapGroup("/authority/grants").WithTags("Authority");
        grants.MapGet("/", SaveGrant.List).WithName("ListGrants").WithSummary("Every grant of authority in force").RequireAuthorization(Policies.TeamLead);
        grants.MapPost("/", SaveGrant.Create).WithName("CreateGrant").WithSummary("Grant authority to a role, a team or an agent")
            .RequireAuthorization(Policies.Manager);
        grants.MapDelete("/{id:long}", SaveGrant.Revoke).WithName("RevokeGrant").WithSummary("Revoke a grant of authority")
            .RequireAuthorization(Policies.Manager);
        api.MapGet("/me/authority", MyAuthority.Handle).WithTags("Authority").WithName("GetMyAuthority")
            .WithSummary("Your sandbox in plain words, with what is left of each budget").RequireAuthorization(Policies.FrontLine);

        var kinds = api.MapGroup("/gesture-kinds").WithTags("Authority");
        kinds.MapGet("/", GestureKinds.List).WithName("ListGestureKinds").WithSummary("Kinds of gesture").RequireAuthorization(Policies.FrontLine);
        kinds.MapPost("/", GestureKinds.Create).WithName("CreateGestureKind").WithSummary("Define a new kind of gesture")
            .RequireAuthorization(Policies.Manager);
        kinds.MapPut("/{id:long}", GestureKinds.Update).WithName("UpdateGestureKind")
            .WithSummary("Rename a kind of gesture or change its verb; its code stays").RequireAuthorization(Policies.Manager);
    }
}
