using Frontline.Events;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Frontline.Audit;

/// <summary>
/// The audit log: every published event and every refusal, one append-only hash chain written by one handler, read and
/// exported by admins, verified by <c>frontline audit verify</c>.
/// </summary>
public static class AuditModule
{
    public static IServiceCollection AddAudit(this IServiceCollection services)
    {
        services.AddEventHandler<AppendToAuditLog>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, AuditedAuthorizationResults>();
        return services;
    }

    /// <summary>Records refusals; goes after authentication (to know who) and before authorization (to hear its answer).</summary>
    public static IApplicationBuilder UseAudit(this IApplicationBuilder app) => app.UseMiddleware<DenialRecorder>();

    public static RouteGroupBuilder MapAudit(this RouteGroupBuilder api)
    {
        var audit = api.MapGroup("/").WithTags("Audit").RequireAuthorization(Identity.Policies.Admin);
        audit.MapGet("/audit", AuditLog.ListAsync).WithName("ListAuditLog")
            .WithSummary("The audit log, newest first: filter by who, type, case, outcome, from and to");
        audit.MapGet("/audit.csv", AuditCsv.Export).WithName("ExportAuditLog")
            .WithSummary("The audit log as CSV, with the same filters");
        return audit;
    }
}
