using System.Globalization;
using System.Text;

namespace Frontline.Bench;

internal static class MarkdownReport
{
    public static string Write(BenchOptions options, IReadOnlyList<BenchResult> results)
    {
        var md = new StringBuilder();
        Line(md, $"Sequential requests, {options.WarmUp} warm-up then up to {options.Requests} measured per row, one client on 127.0.0.1.");
        md.AppendLine();
        md.AppendLine("| Database | Customers | Gestures | Seeding | Rows/s |");
        md.AppendLine("| --- | ---: | ---: | ---: | ---: |");
        foreach (var r in results)
            if (r.Seeding is { } s)
                Line(md, $"| {r.Provider} | {r.CustomersInDatabase:N0} | {r.GesturesInDatabase:N0} | {s.Rows:N0} rows in {s.Elapsed.TotalSeconds:N0} s | {s.RowsPerSecond:N0} |");
            else
                Line(md, $"| {r.Provider} | {r.CustomersInDatabase:N0} | {r.GesturesInDatabase:N0} | reused (--keep) | |");
        md.AppendLine();
        md.AppendLine("| Database | Measure | n | failures | p50 ms | p99 ms | mean ms | per s |");
        md.AppendLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var r in results)
            foreach (var (label, l) in r.Measures)
                Line(md, $"| {r.Provider} | {label} | {l.Count} | {l.Failures} | {l.P50:N2} | {l.P99:N2} | {l.Mean:N2} | {l.PerSecond:N0} |");
        return md.ToString();
    }

    private static void Line(StringBuilder md, FormattableString text) => md.AppendLine(text.ToString(CultureInfo.InvariantCulture));
}
