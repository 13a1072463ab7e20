using System.Security.Claims;
using Frontline.Events;
using Frontline.Identity;

namespace Frontline.Cases;

/// <param name="UpdateEveryHours">The rule for its pending cases: an update to the customer every so many hours.</param>
public sealed record CategoryInput(string? Name, string? Description, double? UpdateEveryHours = null);

public sealed record CategoryView(long Id, string Name, string? Description, bool IsActive, double? UpdateEveryHours = null);

public static class Categories
{
    public static async Task<Ok<List<CategoryView>>> List(FrontlineDb db, CancellationToken ct) =>
        TypedResults.Ok(await db.Categories.AsNoTracking().OrderBy(c => c.Name)
            .Select(c => new CategoryView(c.Id, c.Name, c.Description, c.IsActive, c.UpdateEveryHours)).ToListAsync(ct));

    public static async Task<Results<Created<CategoryView>, ValidationProblem>> Create(CategoryInput input,
        ClaimsPrincipal user, FrontlineDb db, TimeProvider clock, CancellationToken ct)
    {
        var errors = new Errors();
        var (name, description) = await CheckAsync(db, input, null, errors, ct);
        if (errors.Any) return errors.Problem();
        var category = new Category
        {
            Name = name, Description = description, UpdateEveryHours = input.UpdateEveryHours,
        };
        db.Categories.Add(category);
        await db.SaveAndPublishAsync(Actor.Of(user), clock.GetUtcNow().UtcDateTime, () => Changed(category), ct);
        return TypedResults.Created($"/api/v1/categories/{category.Id}", View(category));
    }

    /// <summary>Renames a category or changes its description and update rule; its cases move with it.</summary>
    public static async Task<Results<Ok<CategoryView>, NotFound, ValidationProblem>> Update(long id,
        CategoryInput input, ClaimsPrincipal user, FrontlineDb db, TimeProvider clock, CancellationToken ct)
    {
        var category = await db.Categories.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (category is null) return TypedResults.NotFound();
        var errors = new Errors();
        var (name, description) = await CheckAsync(db, input, id, errors, ct);
        if (errors.Any) return errors.Problem();
        (category.Name, category.Description, category.UpdateEveryHours) = (name, description, input.UpdateEveryHours);
        db.Publish(Actor.Of(user), clock.GetUtcNow().UtcDateTime, Changed(category));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(View(category));
    }

    /// <summary>A deactivated category is offered for no new case; the cases in it keep it.</summary>
    public static async Task<Results<Ok<CategoryView>, NotFound>> SetActive(long id, bool active, ClaimsPrincipal user,
        FrontlineDb db, TimeProvider clock, CancellationToken ct)
    {
        var category = await db.Categories.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (category is null) return TypedResults.NotFound();
        category.IsActive = active;
        db.Publish(Actor.Of(user), clock.GetUtcNow().UtcDateTime, Changed(category));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(View(category));
    }

    private static CategoryChanged Changed(Category c) => new(c.Id, c.Name, c.IsActive, c.UpdateEveryHours);

    private static async Task<(string Name, string? Description)> CheckAsync(FrontlineDb db, CategoryInput input,
        long? id, Errors errors, CancellationToken ct)
    {
        var name = errors.Text("name", input.Name, 100);
        var description = errors.Text("description", input.Description, 1000, required: false);
        if (name.Length > 0 && await db.Categories.AnyAsync(c => c.Name == name && (id == null || c.Id != id), ct))
            errors.Add("name", $"A category named {name} exists.");
        if (input.UpdateEveryHours is < 0.25 or > 24 * 30)
            errors.Add("updateEveryHours", "Must be between 0.25 and 720 hours.");
        return (name, description.Length > 0 ? description : null);
    }

    private static CategoryView View(Category c) => new(c.Id, c.Name, c.Description, c.IsActive, c.UpdateEveryHours);
}
