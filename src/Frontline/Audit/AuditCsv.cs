using System.Globalization;
using CsvHelper;

namespace Frontline.Audit;

/// <summary>
/// The audit log as CSV with the same filters as the list, streamed newest first. A cell starting with = + - @ (or a tab
/// or carriage return) is prefixed with a quote, so a spreadsheet shows it as text and never runs it as a formula.
/// </summary>
internal static class AuditCsv
{
    private static readonly CsvWriterOptions Format = new()
    {
        Injection = CsvInjection.Escape, FormatProvider = CultureInfo.InvariantCulture,
    };

    internal static Results<PushStreamHttpResult, ValidationProblem> Export(FrontlineDb db,
        [AsParameters] AuditQueryString query,
        TimeProvider clock)
    {
        var errors = new Errors();
        var rows = AuditLog.Query(db, query.Filter, errors);
        if (rows is null) return errors.Problem();
        return TypedResults.Stream(stream => WriteAsync(rows, stream), "text/csv; charset=utf-8",
            $"audit-log-{clock.GetUtcNow():yyyyMMdd-HHmmss}.csv");
    }

    public static async Task WriteAsync(IQueryable<AuditEntryView> rows, Stream stream)
    {
        await using var csv = CsvWriter.Create(stream, Format, leaveOpen: true);
        csv.WriteHeader(Headers);
        await foreach (var row in rows.AsAsyncEnumerable())
        {
            foreach (var cell in Cells(row)) csv.WriteField(cell);
            await csv.EndRecordAsync();
        }
        await csv.FlushAsync();
    }

    private static readonly string[] Headers =
    [
        "id", "event_position", "occurred_at", "type", "what", "outcome", "status", "reason", "case_id", "customer_id", "actor",
        "agent_id", "api_key_id", "service_account_id", "address", "hash",
    ];

    private static string?[] Cells(AuditEntryView r) =>
    [
        N(r.Id), N(r.EventPosition), r.OccurredAt.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'",
            CultureInfo.InvariantCulture), r.Type,
        r.What, r.Outcome.ToString(), N(r.Status), r.Reason, N(r.CaseId), N(r.CustomerId), r.Actor.Name, N(r.Actor.AgentId),
        N(r.Actor.ApiKeyId), N(r.Actor.ServiceAccountId), r.Actor.Address, r.Hash,
    ];

    private static string? N(long? n) => n?.ToString(CultureInfo.InvariantCulture);
}
