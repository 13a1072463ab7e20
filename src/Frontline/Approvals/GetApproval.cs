using System.Security.Claims;
using Frontline.Cases;
using Frontline.Guidelines;
using Frontline.Identity;
using Frontline.Touchpoints;

namespace Frontline.Approvals;

/// <summary>What an approver needs to decide: the request, the case, the customer's recent history and the guideline used.</summary>
public sealed record ApprovalDossier(ApprovalView Request, CaseView Case, IReadOnlyList<TimelineEntry> CustomerHistory, GuidelineView? Guideline);

public static class GetApproval
{
    internal static async Task<Results<Ok<ApprovalDossier>, NotFound, ProblemHttpResult>> Handle(
        long id, ClaimsPrincipal user, FrontlineDb db, CancellationToken ct)
    {
        if (!await db.ApprovalRequests.AnyAsync(r => r.Id == id, ct)) return TypedResults.NotFound();
        if (await ApprovalScope.RefusalAsync(db, Actor.Of(user), id, ct) is { } refusal)
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: refusal);
        return TypedResults.Ok(await LoadAsync(db, id, ct));
    }

    public static async Task<ApprovalDossier> LoadAsync(FrontlineDb db, long id, CancellationToken ct)
    {
        var request = await ApprovalView.LoadAsync(db, id, ct);
        var @case = (await CaseView.LoadAsync(db, request.CaseId, ct))!;
        var history = await Timeline.CustomerAsync(db, request.CustomerId, 1, 25, ct);
        var guideline = request.GuidelineId is { } g ? await GuidelineQueries.LoadAsync(db, g, request.GuidelineVersion, ct) : null;
        return new ApprovalDossier(request, @case, history.Items, guideline);
    }
}
