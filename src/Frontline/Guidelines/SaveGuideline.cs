using System.Security.Claims;
using Frontline.Events;
using Frontline.Identity;

namespace Frontline.Guidelines;

public sealed record GuidelineInput(long? CategoryId, string? Name, GuidelineContent? Content);

public sealed record GuidelineView(long Id, long CategoryId, string Category, string Name, int Version, bool IsActive,
    GuidelineContent Content,
    IReadOnlyList<int> Versions);

/// <summary>A manager writes a guideline; each save is a new version, and the old ones stay for the decisions that used them.</summary>
public static class SaveGuideline
{
    internal static async Task<Results<Created<GuidelineView>, NotFound, ValidationProblem, ProblemHttpResult>> Create(
        GuidelineInput input, ClaimsPrincipal user, FrontlineDb db, TimeProvider clock, CancellationToken ct) =>
        (await CreateAsync(db, input, Actor.Of(user), clock.GetUtcNow().UtcDateTime, ct)).ToCreated(g => $"/api/v1/guidelines/{g.Id}");

    internal static async Task<Results<Ok<GuidelineView>, NotFound, ValidationProblem, ProblemHttpResult>> Update(
        long id, GuidelineInput input, ClaimsPrincipal user, FrontlineDb db, TimeProvider clock, CancellationToken ct) =>
        (await UpdateAsync(db, id, input, Actor.Of(user), clock.GetUtcNow().UtcDateTime, ct)).ToOk();

    public static async Task<Outcome<GuidelineView>> CreateAsync(FrontlineDb db, GuidelineInput input, Actor actor,
        DateTime now, CancellationToken ct)
    {
        var errors = new Errors();
        var name = await CheckAsync(db, input, errors, ct);
        if (errors.Any) return errors;
        var guideline = new Guideline { CategoryId = input.CategoryId!.Value, Name = name };
        AddVersion(guideline, input.Content!.Complete(), actor, now);
        db.Guidelines.Add(guideline);
        await db.SaveAndPublishAsync(actor, now, () => new GuidelineSaved(guideline.Id, guideline.CurrentVersion, name),
            ct);
        return (await GuidelineQueries.LoadAsync(db, guideline.Id, null, ct))!;
    }

    /// <summary>Writes a new version; the earlier ones stay as they were.</summary>
    public static async Task<Outcome<GuidelineView>> UpdateAsync(FrontlineDb db, long id, GuidelineInput input,
        Actor actor, DateTime now, CancellationToken ct)
    {
        var guideline = await db.Guidelines.FirstOrDefaultAsync(g => g.Id == id, ct);
        if (guideline is null) return Outcome<GuidelineView>.NotFound();
        var errors = new Errors();
        var name = await CheckAsync(db, input with { CategoryId = input.CategoryId ?? guideline.CategoryId }, errors,
            ct);
        if (errors.Any) return errors;
        guideline.Name = name;
        guideline.CategoryId = input.CategoryId ?? guideline.CategoryId;
        AddVersion(guideline, input.Content!.Complete(), actor, now);
        db.Publish(actor, now, new GuidelineSaved(id, guideline.CurrentVersion, name));
        await db.SaveChangesAsync(ct);
        return (await GuidelineQueries.LoadAsync(db, id, null, ct))!;
    }

    private static async Task<string> CheckAsync(FrontlineDb db, GuidelineInput input, Errors errors,
        CancellationToken ct)
    {
        var categoryId = errors.Required("categoryId", input.CategoryId);
        if (input.CategoryId is not null && !await db.Categories.AnyAsync(c => c.Id == categoryId, ct))
            errors.Add("categoryId", $"There is no category {categoryId}.");
        var name = errors.Text("name", input.Name, 200);
        var kinds = (await db.GestureKinds.Select(k => k.Code).ToListAsync(ct)).ToHashSet();
        GuidelineCheck.Check(input.Content, kinds, errors);
        return name;
    }

    private static void AddVersion(Guideline guideline, GuidelineContent content, Actor actor, DateTime now)
    {
        guideline.CurrentVersion++;
        guideline.Versions.Add(new GuidelineVersion
        {
            Version = guideline.CurrentVersion, Content = GuidelineVersion.Write(content), CreatedAt = now,
            CreatedBy = actor.Name,
        });
    }
}
