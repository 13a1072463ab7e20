using System.Security.Claims;
using Frontline.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Frontline.Events;

namespace Frontline.Cases;

public static class CasesModule
{
    /// <summary>Unconfirmed resolutions close after a while; a resolved case asks its customer to confirm.</summary>
    public static IServiceCollection AddCases(this IServiceCollection services) =>
        services.AddRecurringJob<Jobs.CloseUnconfirmedJob>(Jobs.CloseUnconfirmedJob.Key, TimeSpan.FromMinutes(15))
            .AddEventHandler<Reactions.AskToConfirmWhenResolved>();

    public static void MapCases(this RouteGroupBuilder api)
    {
        var cases = api.MapGroup("/cases").WithTags("Cases").RequireAuthorization(Policies.FrontLine);
        cases.MapPost("/", OpenCase.Handle).WithName("OpenCase").WithSummary("Open a case for a customer");
        cases.MapGet("/", ListCases.Handle).WithName("ListCases")
            .WithSummary("List cases by status, category, customer, assignee, team, priority");
        cases.MapGet("/{id:long}", GetCase.Handle).WithName("GetCase").WithSummary("One case");
        cases.MapGet("/by-reference/{reference}", FindCaseByReference.Handle).WithName("FindCaseByReference")
            .WithSummary("One case by the reference customers quote, such as C-000508");
        cases.MapPut("/{id:long}/asset", ChangeCaseAsset.Handle).WithName("ChangeCaseAsset")
            .WithSummary("Set or change the customer's asset a case is about (null for none), noted on the timeline");
        cases.MapPut("/{id:long}/status", ChangeCaseStatus.Handle).WithName("ChangeCaseStatus")
            .WithSummary("Move a case along its lifecycle; resolving takes a note, kept internal");
        cases.MapPost("/{id:long}/status/undo-resolution", UndoResolution.Handle).WithName("UndoResolution")
            .WithSummary("Take back a resolution before the customer has been asked to confirm it");
        cases.MapPut("/{id:long}/assignment", CaseAssignment.Handle).WithName("AssignCase")
            .WithSummary("Give a case to an agent and/or a team");
        cases.MapGet("/{id:long}/elastic", ElasticGuide.Get).WithName("GetElasticGuide")
            .WithSummary("The ELASTIC guide on a case: each step's prompt and what the agent did");
        cases.MapPost("/{id:long}/elastic", ElasticGuide.Record).WithName("RecordElasticStep")
            .WithSummary("Record what was done at one step of the ELASTIC guide");
        cases.MapPut("/{id:long}/category", ChangeCaseCategory.Handle).WithName("ChangeCaseCategory")
            .WithSummary("Move a case to another category");

        var categories = api.MapGroup("/categories").WithTags("Cases");
        categories.MapGet("/", Categories.List).WithName("ListCategories").WithSummary("Case categories")
            .RequireAuthorization(Policies.FrontLine);
        categories.MapPost("/", Categories.Create).WithName("CreateCategory").WithSummary("Add a case category")
            .RequireAuthorization(Policies.Manager);
        categories.MapPut("/{id:long}", Categories.Update).WithName("UpdateCategory")
            .WithSummary("Rename a category or change its description and update rule")
            .RequireAuthorization(Policies.Manager);
        categories.MapPost("/{id:long}/deactivate",
                (long id, ClaimsPrincipal user, FrontlineDb db, TimeProvider clock, CancellationToken ct) =>
                    Categories.SetActive(id, false, user, db, clock, ct))
            .WithName("DeactivateCategory").WithSummary("Offer a category for no new case; its cases keep it")
            .RequireAuthorization(Policies.Manager);
        categories.MapPost("/{id:long}/reactivate",
                (long id, ClaimsPrincipal user, FrontlineDb db, TimeProvider clock, CancellationToken ct) =>
                    Categories.SetActive(id, true, user, db, clock, ct))
            .WithName("ReactivateCategory").WithSummary("Offer a deactivated category again")
            .RequireAuthorization(Policies.Manager);
    }
}
