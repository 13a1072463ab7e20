using System.Security.Claims;
using Frontline.Identity;

namespace Frontline.Cases;

/// <param name="AssetId">One of the customer's assets, or null for none.</param>
public sealed record ChangeAssetRequest(long? AssetId);

/// <summary>
/// Sets or changes the asset a case is about after it was opened (the customer named the wrong device), noted on
/// the timeline with before and after: the asset decides warranty and guideline, so the change is never silent.
/// </summary>
public static class ChangeCaseAsset
{
    internal static async Task<Results<Ok<CaseView>, NotFound, ValidationProblem>> Handle(
        long id, ChangeAssetRequest request, ClaimsPrincipal user, FrontlineDb db, TimeProvider clock, CancellationToken ct) =>
        (await RunAsync(db, id, request, Actor.Of(user), clock.GetUtcNow().UtcDateTime, ct)).ToOk();

    public static async Task<Outcome<CaseView>> RunAsync(FrontlineDb db, long id, ChangeAssetRequest request, Actor actor, DateTime now,
        CancellationToken ct)
    {
        var @case = await db.Cases.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (@case is null) return Outcome<CaseView>.NotFound();
        var errors = new Errors();
        var asset = request.AssetId is not { } assetId ? null
            : await db.Assets.Where(a => a.Id == assetId && a.CustomerId == @case.CustomerId)
                .Select(a => new { a.Id, Label = a.Product!.Name + (a.Reference != null ? " " + a.Reference : "") })
                .FirstOrDefaultAsync(ct);
        if (request.AssetId is not null && asset is null) errors.Add("assetId", $"The customer has no asset {request.AssetId}.");
        if (errors.Any) return errors;
        if (@case.AssetId != request.AssetId)
        {
            var before = @case.AssetId is not { } old ? "none"
                : await db.Assets.Where(a => a.Id == old)
                    .Select(a => a.Product!.Name + (a.Reference != null ? " " + a.Reference : "")).FirstAsync(ct);
            var after = asset?.Label ?? "none";
            db.Touchpoints.Add(CaseNote.Of(@case, actor, now, $"Asset changed from {before} to {after} by {actor.Name}."));
            @case.AssetId = request.AssetId;
            @case.UpdatedAt = now;
            await db.SaveChangesAsync(ct);
        }
        return (await CaseView.LoadAsync(db, id, ct))!;
    }
}
