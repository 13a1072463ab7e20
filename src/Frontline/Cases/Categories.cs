namespace Frontline.Cases;

/// <param name="UpdateEveryHours">The rule for its pending cases: an update to the customer every so many hours.</param>
public sealed record CategoryInput(string? Name, string? Description, double? UpdateEveryHours = null);

public sealed record CategoryView(long Id, string Name, string? Description, bool IsActive, double? UpdateEveryHours = null);

public static class Categories
{
    internal static async Task<Ok<List<CategoryView>>> List(FrontlineDb db, CancellationToken ct) =>
        TypedResults.Ok(await db.Categories.AsNoTracking().OrderBy(c => c.Name)
            .Select(c => new CategoryView(c.Id, c.Name, c.Description, c.IsActive, c.UpdateEveryHours)).ToListAsync(ct));

    internal static async Task<Results<Created<CategoryView>, ValidationProblem>> Create(CategoryInput input, FrontlineDb db, CancellationToken ct)
    {
        var errors = new Errors();
        var name = errors.Text("name", input.Name, 100);
        var description = errors.Text("description", input.Description, 1000, required: false);
        if (name.Length > 0 && await db.Categories.AnyAsync(c => c.Name == name, ct)) errors.Add("name", $"A category named {name} exists.");
        if (input.UpdateEveryHours is < 0.25 or > 24 * 30) errors.Add("updateEveryHours", "Must be between 0.25 and 720 hours.");
        if (errors.Any) return errors.Problem();
        var category = new Category { Name = name, Description = description.Length > 0 ? description : null, UpdateEveryHours = input.UpdateEveryHours };
        db.Categories.Add(category);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/categories/{category.Id}", new CategoryView(category.Id, category.Name, category.Description, true, category.UpdateEveryHours));
    }
}
