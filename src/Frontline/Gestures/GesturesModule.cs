using Frontline.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Frontline.Gestures;

public static class GesturesModule
{
    public static IServiceCollection AddGestures(this IServiceCollection services, IConfiguration configuration) =>
        services.AddSingleton(new SelfChangedFacts(configuration.GetValue("Frontline:Authority:SelfChangedFactDays", 7)));

    public static void MapGestures(this RouteGroupBuilder api)
    {
        var gestures = api.MapGroup("/cases/{id:long}/gestures").WithTags("Gestures")
            .RequireAuthorization(Policies.FrontLine);
        gestures.MapPost("/evaluate", EvaluateGesture.Handle).WithName("EvaluateGesture")
            .WithSummary("Grant now or needs approval, with the guideline's options and alternatives");
        gestures.MapPost("/", GrantGesture.Handle).WithName("GrantGesture")
            .WithSummary("Grant inside your sandbox (201), or send an approval request to the level that can decide (202)");

        var ledger = api.MapGroup("/ledger").WithTags("Gestures").RequireAuthorization(Policies.TeamLead);
        ledger.MapGet("/", Ledger.LedgerEndpoints.Lines).WithName("ListLedger")
            .WithSummary("The gesture ledger, newest first, optionally of one case");
        ledger.MapGet("/report", Ledger.LedgerEndpoints.Report).WithName("GetLedgerReport")
            .WithSummary("Gestures by category, team, agent or kind, with totals, budget use and how the cases ended");
        ledger.MapGet("/report.csv", Ledger.LedgerEndpoints.ReportCsv).WithName("GetLedgerReportCsv")
            .WithSummary("The ledger report as CSV");
    }
}
