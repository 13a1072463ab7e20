using System.Security.Claims;
using Frontline.Identity;

namespace Frontline.Approvals;

/// <summary>The approval inbox: requests at the caller's level and below, the soonest due first.</summary>
public static class ListApprovals
{
    internal static async Task<Results<Ok<Page<ApprovalView>>, ValidationProblem, ProblemHttpResult>> Handle(
        ApprovalStatus? status, int? page, int? pageSize, ClaimsPrincipal user, FrontlineDb db, CancellationToken ct)
    {
        var actor = Actor.Of(user);
        if (actor.IsKeyForNobody) return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: ActingTeams.KeyForNobody);
        var errors = new Errors();
        var (p, size) = Paging.Read(page, pageSize, errors);
        errors.Known("status", status);
        if (errors.Any) return errors.Problem();
        return TypedResults.Ok(await For(db, actor, status).ToPageAsync(p, size, ct));
    }

    /// <summary>The requests the actor may decide (see <see cref="ApprovalScope"/>), perhaps of one status, the soonest due first.</summary>
    public static IQueryable<ApprovalView> For(FrontlineDb db, Actor actor, ApprovalStatus? status)
    {
        var requests = ApprovalScope.Visible(db, actor, db.ApprovalRequests.AsNoTracking());
        if (status is { } s) requests = requests.Where(r => r.Status == s);
        return ApprovalView.Project(db, requests.OrderBy(r => r.DueBy).ThenBy(r => r.Id));
    }
}
