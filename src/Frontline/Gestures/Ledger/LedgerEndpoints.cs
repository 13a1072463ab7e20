using System.Globalization;
using System.Text;

namespace Frontline.Gestures.Ledger;

/// <summary>The ledger report as JSON and as CSV, and the ledger's own lines.</summary>
public static class LedgerEndpoints
{
    internal static async Task<Results<Ok<LedgerReportView>, NotFound, ValidationProblem, ProblemHttpResult>> Report(
        DateTime? from, DateTime? to, LedgerGrouping? by, FrontlineDb db, TimeProvider clock, CancellationToken ct) =>
        (await LedgerReport.RunAsync(db, from, to, by, clock.GetUtcNow().UtcDateTime, ct)).ToOk();

    internal static async Task<Results<FileContentHttpResult, ValidationProblem>> ReportCsv(
        DateTime? from, DateTime? to, LedgerGrouping? by, FrontlineDb db, TimeProvider clock, CancellationToken ct)
    {
        var report = await LedgerReport.RunAsync(db, from, to, by, clock.GetUtcNow().UtcDateTime, ct);
        if (report.Refused is { } errors) return errors.Problem();
        var csv = new StringBuilder();
        csv.AppendLine(Line(report.Value!.By.ToString().ToLowerInvariant(), "gestures", "by_approval", "total",
            "currency", "cases", "resolved",
            "resolved_at_first_contact", "first_contact_rate", "with_feedback"));
        foreach (var row in report.Value.Rows)
            foreach (var total in row.Totals)
                csv.AppendLine(Line(row.Key, N(row.Gestures), N(row.ByApproval), total.Amount.ToString("0.00", CultureInfo.InvariantCulture), total.Currency,
                    N(row.Cases), N(row.ResolvedCases), N(row.ResolvedAtFirstContact),
                    row.FirstContactRate?.ToString("0.####", CultureInfo.InvariantCulture) ?? "", N(row.WithFeedback)));
        return TypedResults.File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv; charset=utf-8",
            $"gesture-ledger-{report.Value.From:yyyyMMdd}-{report.Value.To:yyyyMMdd}.csv");
    }

    internal static async Task<Results<Ok<Page<GestureView>>, ValidationProblem>> Lines(
        long? caseId, int? page, int? pageSize, FrontlineDb db, CancellationToken ct)
    {
        var errors = new Errors();
        var (p, size) = Paging.Read(page, pageSize, errors);
        if (errors.Any) return errors.Problem();
        var lines = db.Gestures.AsNoTracking().Where(g => caseId == null || g.CaseId == caseId)
            .OrderByDescending(g => g.GrantedAt).ThenByDescending(g => g.Id);
        var rows = await lines.ToPageAsync(p, size, ct);
        return TypedResults.Ok(new Page<GestureView>(rows.Items.Select(GestureView.Of).ToList(), rows.PageNumber,
            rows.PageSize, rows.HasMore));
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    // RFC 4180: quote a field that holds a comma, a quote or a line break, doubling its quotes; a field a
    // spreadsheet would run as a formula (= + - @) is prefixed with an apostrophe
    private static string Line(params string[] fields) => string.Join(',', fields.Select(f =>
    {
        if (f.Length > 0 && f[0] is '=' or '+' or '-' or '@' && !decimal.TryParse(f, NumberStyles.Number,
            CultureInfo.InvariantCulture, out _)) f = "'" + f;
        return f.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{f.Replace("\"", "\"\"")}\"" : f;
    }));
}
