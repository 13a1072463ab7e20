using System.Security.Claims;
using Frontline.Identity;

namespace Frontline.Cases;

public sealed record ChangeStatusRequest(CaseStatus? Status);

public sealed record ChangeCategoryRequest(long? CategoryId);

/// <summary>Status and category changes; each leaves a note on the case's timeline.</summary>
public static class ChangeCase
{
    internal static async Task<Results<Ok<CaseView>, NotFound, ValidationProblem>> Status(
        long id, ChangeStatusRequest request, ClaimsPrincipal user, FrontlineDb db, TimeProvider clock, CancellationToken ct) =>
        (await StatusAsync(db, id, request.Status, Actor.Of(user), clock.GetUtcNow().UtcDateTime, ct)).ToOk();

    public static async Task<Outcome<CaseView>> StatusAsync(FrontlineDb db, long id, CaseStatus? status, Actor actor, DateTime now, CancellationToken ct)
    {
        var @case = await db.Cases.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (@case is null) return Outcome<CaseView>.NotFound();
        var errors = new Errors();
        var next = errors.Required("status", status);
        errors.Known("status", status);
        if (errors.Any) return errors;
        var before = @case.Status;
        if (@case.ChangeStatus(next, now) is { } refusal)
        {
            errors.Add("status", refusal);
            return errors;
        }
        if (before != next)
        {
            db.Touchpoints.Add(CaseNote.Of(@case, actor, now, $"Status changed from {before} to {next} by {actor.Name}."));
            await db.SaveChangesAsync(ct);
        }
        return (await CaseView.LoadAsync(db, id, ct))!;
    }

    internal static async Task<Results<Ok<CaseView>, NotFound, ValidationProblem>> Category(
        long id, ChangeCategoryRequest request, ClaimsPrincipal user, FrontlineDb db, TimeProvider clock, CancellationToken ct)
    {
        var @case = await db.Cases.Include(c => c.Category).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (@case is null) return TypedResults.NotFound();
        var errors = new Errors();
        var categoryId = errors.Required("categoryId", request.CategoryId);
        var category = request.CategoryId is null ? null : await db.Categories.FirstOrDefaultAsync(c => c.Id == categoryId && c.IsActive, ct);
        if (request.CategoryId is not null && category is null) errors.Add("categoryId", $"There is no active category {categoryId}.");
        if (errors.Any) return errors.Problem();
        if (@case.CategoryId != categoryId)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var actor = Actor.Of(user);
            db.Touchpoints.Add(CaseNote.Of(@case, actor, now, $"Category changed from {@case.Category!.Name} to {category!.Name} by {actor.Name}."));
            @case.CategoryId = categoryId;
            @case.UpdatedAt = now;
            await db.SaveChangesAsync(ct);
        }
        return TypedResults.Ok((await CaseView.LoadAsync(db, id, ct))!);
    }
}
