using System.Security.Claims;
using Frontline.Approvals;
using Frontline.Cases;
using Frontline.Events;
using Frontline.Identity;

namespace Frontline.Queues;

/// <summary>Where a case stands against one of its SLA targets.</summary>
public enum SlaState { None, Met, Running, DueSoon, Breached }

public sealed record SlaTargetInput(long? CategoryId, CasePriority? Priority, double? FirstResponseHours, double? ResolutionHours);

public sealed record SlaTargetView(long Id, long? CategoryId, string? Category, CasePriority Priority, double FirstResponseHours, double ResolutionHours);

/// <summary>
/// Service levels: the target for a case (its category's own, else the one for every category, by priority), its
/// due times counted in the working hours of its team's calendar from when it was opened, and whether it is met.
/// </summary>
public static class Sla
{
    /// <summary>"Due soon" means within this much plain time.</summary>
    public static readonly TimeSpan SoonWindow = TimeSpan.FromHours(4);

    public static SlaState StateOf(DateTime? due, DateTime? doneAt, DateTime now) => (due, doneAt) switch
    {
        (null, _) => SlaState.None,
        ({ } d, { } done) => done <= d ? SlaState.Met : SlaState.Breached,
        ({ } d, null) when now > d => SlaState.Breached,
        ({ } d, null) when d - now <= SoonWindow => SlaState.DueSoon,
        _ => SlaState.Running,
    };

    /// <summary>Sets (or resets, after a change of category, priority or team) the case's due times.</summary>
    public static async Task StampAsync(FrontlineDb db, Case @case, CancellationToken ct)
    {
        var target = await db.SlaTargets.AsNoTracking()
            .Where(t => (t.CategoryId == @case.CategoryId || t.CategoryId == null) && t.Priority == @case.Priority)
            .OrderBy(t => t.CategoryId == null).FirstOrDefaultAsync(ct);
        if (target is null)
        {
            (@case.FirstResponseDueAt, @case.ResolutionDueAt) = (null, null);
            return;
        }
        var calendar = await TeamCalendars.LoadAsync(db, @case.TeamId, ct);
        @case.FirstResponseDueAt = BusinessHours.AddWorkingHours(@case.OpenedAt, target.FirstResponseHours, calendar);
        @case.ResolutionDueAt = BusinessHours.AddWorkingHours(@case.OpenedAt, target.ResolutionHours, calendar);
    }

    /// <summary>An agent answered the customer: the first answer stops the first-response clock (later ones change nothing).</summary>
    public static Task MarkFirstResponseAsync(FrontlineDb db, long caseId, DateTime at, CancellationToken ct) =>
        db.Cases.Where(c => c.Id == caseId && c.FirstRespondedAt == null).ExecuteUpdateAsync(s => s.SetProperty(c => c.FirstRespondedAt, at), ct);

    internal static async Task<Ok<List<SlaTargetView>>> List(FrontlineDb db, CancellationToken ct) => TypedResults.Ok(await TargetsAsync(db, ct));

    internal static async Task<Results<Ok<SlaTargetView>, ValidationProblem>> Put(SlaTargetInput input,
        ClaimsPrincipal user, FrontlineDb db, TimeProvider clock, CancellationToken ct)
    {
        var saved = await SaveTargetAsync(db, input, Actor.Of(user), clock.GetUtcNow().UtcDateTime, ct);
        return saved.Value is { } v ? TypedResults.Ok(v) : saved.Refused!.Problem();
    }

    public static Task<List<SlaTargetView>> TargetsAsync(FrontlineDb db, CancellationToken ct) =>
        db.SlaTargets.AsNoTracking().OrderBy(t => t.CategoryId).ThenBy(t => t.Priority)
            .Select(t => new SlaTargetView(t.Id, t.CategoryId, db.Categories.Where(c => c.Id == t.CategoryId).Select(c => c.Name).FirstOrDefault(),
                t.Priority, t.FirstResponseHours, t.ResolutionHours)).ToListAsync(ct);

    /// <summary>Sets the target for a priority (and category); applies to cases opened from now on.</summary>
    public static async Task<Outcome<SlaTargetView>> SaveTargetAsync(FrontlineDb db, SlaTargetInput input, Actor actor,
        DateTime now, CancellationToken ct)
    {
        var errors = new Errors();
        var priority = errors.Required("priority", input.Priority);
        errors.Known("priority", input.Priority);
        var first = errors.Required("firstResponseHours", input.FirstResponseHours);
        var resolution = errors.Required("resolutionHours", input.ResolutionHours);
        if (input.FirstResponseHours is <= 0 or > 2_000) errors.Add("firstResponseHours", "Must be more than 0 and at most 2,000 working hours.");
        if (input.ResolutionHours is <= 0 or > 2_000) errors.Add("resolutionHours", "Must be more than 0 and at most 2,000 working hours.");
        if (input.FirstResponseHours is not null && input.ResolutionHours is not null && resolution < first)
            errors.Add("resolutionHours", "Must not be shorter than the first-response target.");
        if (input.CategoryId is { } c && !await db.Categories.AnyAsync(x => x.Id == c, ct)) errors.Add("categoryId", $"There is no category {c}.");
        if (errors.Any) return errors;
        var target = await db.SlaTargets.FirstOrDefaultAsync(t => t.CategoryId == input.CategoryId && t.Priority == priority, ct)
            ?? db.SlaTargets.Add(new SlaTarget { CategoryId = input.CategoryId, Priority = priority }).Entity;
        (target.FirstResponseHours, target.ResolutionHours) = (first, resolution);
        await db.SaveAndPublishAsync(actor, now,
            () => new SlaTargetSaved(target.Id, target.CategoryId, priority, first, resolution), ct);
        return (await TargetsAsync(db, ct)).Single(t => t.Id == target.Id);
    }
}
