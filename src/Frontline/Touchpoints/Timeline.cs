using Frontline.Cases;

namespace Frontline.Touchpoints;

public sealed record TimelineEntry(long Id, long CustomerId, long? CaseId, string? CaseNumber, Channel Channel, Direction Direction,
    DateTime OccurredAt, string Author, string Body, int? DurationSeconds = null, string? Outcome = null, int? Score = null)
{
    public static TimelineEntry Of(Touchpoint t) =>
        new(t.Id, t.CustomerId, t.CaseId, t.CaseId is { } c ? Case.NumberOf(c) : null, t.Channel, t.Direction, t.OccurredAt, t.Author, t.Body,
            t.DurationSeconds, t.Outcome, t.Score);
}

/// <summary>The two timelines: a case's in time order, a customer's across all channels newest first.</summary>
public static class Timeline
{
    internal static async Task<Results<Ok<Page<TimelineEntry>>, NotFound, ValidationProblem>> OfCase(
        long id, int? page, int? pageSize, FrontlineDb db, CancellationToken ct)
    {
        var errors = new Errors();
        var (p, size) = Paging.Read(page, pageSize, errors);
        if (errors.Any) return errors.Problem();
        if (!await db.Cases.AnyAsync(c => c.Id == id, ct)) return TypedResults.NotFound();
        return TypedResults.Ok(await CaseAsync(db, id, p, size, ct));
    }

    internal static async Task<Results<Ok<Page<TimelineEntry>>, NotFound, ValidationProblem>> OfCustomer(
        long id, int? page, int? pageSize, FrontlineDb db, CancellationToken ct)
    {
        var errors = new Errors();
        var (p, size) = Paging.Read(page, pageSize, errors);
        if (errors.Any) return errors.Problem();
        if (!await db.Customers.AnyAsync(c => c.Id == id, ct)) return TypedResults.NotFound();
        return TypedResults.Ok(await CustomerAsync(db, id, p, size, ct));
    }

    public static async Task<Page<TimelineEntry>> CaseAsync(FrontlineDb db, long caseId, int page, int size, CancellationToken ct)
    {
        var rows = await db.Touchpoints.AsNoTracking().Where(t => t.CaseId == caseId)
            .OrderBy(t => t.OccurredAt).ThenBy(t => t.Id).ToPageAsync(page, size, ct);
        return new(rows.Items.Select(TimelineEntry.Of).ToList(), rows.PageNumber, rows.PageSize, rows.HasMore);
    }

    public static async Task<Page<TimelineEntry>> CustomerAsync(FrontlineDb db, long customerId, int page, int size, CancellationToken ct)
    {
        var rows = await db.Touchpoints.AsNoTracking().Where(t => t.CustomerId == customerId)
            .OrderByDescending(t => t.OccurredAt).ThenByDescending(t => t.Id).ToPageAsync(page, size, ct);
        return new(rows.Items.Select(TimelineEntry.Of).ToList(), rows.PageNumber, rows.PageSize, rows.HasMore);
    }
}
