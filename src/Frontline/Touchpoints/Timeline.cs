using Frontline.Cases;

namespace Frontline.Touchpoints;

/// <param name="Attachments">The files that came with it (name, type, size; downloaded by their id).</param>
public sealed record TimelineEntry(long Id, long CustomerId, long? CaseId, string? CaseNumber, Channel Channel, Direction Direction,
    DateTime OccurredAt, string Author, string Body, int? DurationSeconds = null, string? Outcome = null, int? Score = null,
    IReadOnlyList<Channels.AttachmentInfo>? Attachments = null)
{
    public static TimelineEntry Of(Touchpoint t, IEnumerable<Channels.AttachmentInfo>? attachments = null) =>
        new(t.Id, t.CustomerId, t.CaseId, t.CaseId is { } c ? Case.NumberOf(c) : null, t.Channel, t.Direction, t.OccurredAt, t.Author, t.Body,
            t.DurationSeconds, t.Outcome, t.Score, [.. attachments ?? []]);
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
        return await EntriesAsync(db, rows, ct);
    }

    public static async Task<Page<TimelineEntry>> CustomerAsync(FrontlineDb db, long customerId, int page, int size, CancellationToken ct)
    {
        var rows = await db.Touchpoints.AsNoTracking().Where(t => t.CustomerId == customerId)
            .OrderByDescending(t => t.OccurredAt).ThenByDescending(t => t.Id).ToPageAsync(page, size, ct);
        return await EntriesAsync(db, rows, ct);
    }

    private static async Task<Page<TimelineEntry>> EntriesAsync(FrontlineDb db, Page<Touchpoint> rows, CancellationToken ct)
    {
        var files = await Channels.Attachments.OfAsync(db, [.. rows.Items.Select(t => t.Id)], ct);
        return new(rows.Items.Select(t => TimelineEntry.Of(t, files[t.Id])).ToList(), rows.PageNumber, rows.PageSize, rows.HasMore);
    }
}
