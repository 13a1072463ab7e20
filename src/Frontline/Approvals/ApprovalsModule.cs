using Frontline.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Frontline.Approvals;

public static class ApprovalsModule
{
    public static IServiceCollection AddApprovals(this IServiceCollection services) =>
        services.AddRecurringJob<Jobs.EscalateApprovalsJob>(Jobs.EscalateApprovalsJob.Key, TimeSpan.FromMinutes(1));

    public static void MapApprovals(this RouteGroupBuilder api)
    {
        var approvals = api.MapGroup("/approvals").WithTags("Approvals").RequireAuthorization(Policies.TeamLead);
        approvals.MapGet("/", ListApprovals.Handle).WithName("ListApprovals")
            .WithSummary("Approval requests at your level and below, soonest due first");
        approvals.MapGet("/{id:long}", GetApproval.Handle).WithName("GetApproval")
            .WithSummary("The request with its case, the customer's recent history and the guideline version it was weighed against");
        approvals.MapPost("/{id:long}/decision", DecideApproval.Handle).WithName("DecideApproval")
            .WithSummary("Approve (perhaps a changed amount) or decline with an alternative");
    }
}
