using System.Security.Claims;
using Frontline.Events;
using Frontline.Identity;
using Frontline.Touchpoints;

namespace Frontline.Cases;

/// <param name="AssetId">One of the customer's assets, or null for none.</param>
public sealed record ChangeAssetRequest(long? AssetId);

/// <summary>
/// Sets or changes the asset a case is about after it was opened (the customer named the wrong device), noted on
/// the timeline with before and after: the asset decides warranty and guideline, so the change is never silent.
/// </summary>
public static class ChangeCaseAsset
{
    internal static async Task<Results<Ok<CaseView>, NotFound, ValidationProblem, ProblemHttpResult>> Handle(
        long id, ChangeAssetRequest request, ClaimsPrincipal user, FrontlineDb db, TimeProvider clock, CancellationToken ct) =>
        (await RunAsync(db, id, request, Actor.Of(user), clock.GetUtcNow().UtcDateTime, ct)).ToOk();

    public static async Task<Outcome<CaseView>> RunAsync(FrontlineDb db, long id, ChangeAssetRequest request,
        Actor actor, DateTime now,
        CancellationToken ct)
    {
        var @case = await db.Cases.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (@case is null) return Outcome<CaseView>.NotFound();
        // the labels of the asset asked for and of the one the case has, in one read
        var ids = new[] { request.AssetId, @case.AssetId }.OfType<long>().ToList();
        var labels = await db.Assets.Where(a => ids.Contains(a.Id) && a.CustomerId == @case.CustomerId)
            .Select(a => new { a.Id, Label = a.Product!.Name + (a.Reference != null ? " " + a.Reference : "") })
            .ToDictionaryAsync(a => a.Id, a => a.Label, ct);
        var errors = new Errors();
        if (request.AssetId is { } asked && !labels.ContainsKey(asked)) errors.Add("assetId",
            $"The customer has no asset {asked}.");
        if (errors.Any) return errors;
        if (@case.AssetId != request.AssetId)
        {
            string Label(long? asset) => asset is { } a ? labels.GetValueOrDefault(a, "none") : "none";
            db.RecordTouchpoint(actor, now, CaseNote.Of(@case, actor, now,
                $"Asset changed from {Label(@case.AssetId)} to {Label(request.AssetId)} by {actor.Name}."));
            db.Publish(actor, now, new CaseAssetChanged(@case.Id, @case.CustomerId, request.AssetId));
            @case.AssetId = request.AssetId;
            @case.UpdatedAt = now;
            await db.SaveChangesAsync(ct);
        }
        return (await CaseView.LoadAsync(db, id, ct))!;
    }
}
