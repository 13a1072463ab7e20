using System.Security.Claims;
using Frontline.Events;
using Frontline.Identity;
using Frontline.Touchpoints;

namespace Frontline.Cases;

public sealed record ChangeCategoryRequest(long? CategoryId);

/// <summary>Moves a case to another category and notes the move on its timeline.</summary>
public static class ChangeCaseCategory
{
    internal static async Task<Results<Ok<CaseView>, NotFound, ValidationProblem>> Handle(
        long id, ChangeCategoryRequest request, ClaimsPrincipal user, FrontlineDb db, TimeProvider clock, CancellationToken ct)
    {
        var @case = await db.Cases.Include(c => c.Category).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (@case is null) return TypedResults.NotFound();
        var errors = new Errors();
        var categoryId = errors.Required("categoryId", request.CategoryId);
        var category = request.CategoryId is null ? null : await db.Categories.FirstOrDefaultAsync(c => c.Id == categoryId && c.IsActive, ct);
        if (request.CategoryId is not null && category is null) errors.Add("categoryId",
            $"There is no active category {categoryId}.");
        if (errors.Any) return errors.Problem();
        if (@case.CategoryId != categoryId)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var actor = Actor.Of(user);
            db.RecordTouchpoint(actor, now,
                CaseNote.Of(@case, actor, now,
                $"Category changed from {@case.Category!.Name} to {category!.Name} by {actor.Name}."));
            db.Publish(actor, now, new CaseCategoryChanged(@case.Id, @case.CustomerId, @case.CategoryId, categoryId));
            @case.CategoryId = categoryId;
            await Queues.Sla.StampAsync(db, @case, ct);
            @case.UpdatedAt = now;
            await db.SaveChangesAsync(ct);
        }
        return TypedResults.Ok((await CaseView.LoadAsync(db, id, ct))!);
    }
}
