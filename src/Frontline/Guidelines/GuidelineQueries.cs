namespace Frontline.Guidelines;

/// <summary>Reading guidelines: the list, and one guideline in its current or an earlier version.</summary>
public static class GuidelineQueries
{
    internal static async Task<Ok<List<GuidelineView>>> List(long? categoryId, FrontlineDb db, CancellationToken ct)
    {
        var ids = await db.Guidelines.AsNoTracking().Where(g => categoryId == null || g.CategoryId == categoryId)
            .OrderBy(g => g.CategoryId).ThenBy(g => g.Id).Select(g => g.Id).ToListAsync(ct);
        var views = new List<GuidelineView>();
        foreach (var id in ids) views.Add((await LoadAsync(db, id, null, ct))!);
        return TypedResults.Ok(views);
    }

    internal static async Task<Results<Ok<GuidelineView>, NotFound>> Get(long id, int? version, FrontlineDb db, CancellationToken ct) =>
        await LoadAsync(db, id, version, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();

    public static async Task<GuidelineView?> LoadAsync(FrontlineDb db, long id, int? version, CancellationToken ct)
    {
        var g = await db.Guidelines.AsNoTracking().Include(x => x.Category).Include(x => x.Versions).FirstOrDefaultAsync(x => x.Id == id, ct);
        var shown = g?.Versions.FirstOrDefault(v => v.Version == (version ?? g.CurrentVersion));
        if (g is null || shown is null) return null;
        return new GuidelineView(g.Id, g.CategoryId, g.Category!.Name, g.Name, shown.Version, g.IsActive, shown.Read(),
            g.Versions.Select(v => v.Version).Order().ToList());
    }
}
