using System.Globalization;
using System.Text;

namespace Frontline.Bench;

internal static class MarkdownReport
{
    public static string Write(BenchOptions options, IReadOnlyList<BenchResult> results)
    {
        var md = new StringBuilder();
        Line(md, $"Sequential requests, {options.WarmUp} warm-up then up to {options.Requests} measured per row, one client on 127.0.0.1.");
        if (options.Emails > 0)
            Line(md, $"Inbound e-mail: up to {options.Emails} messages from one sender, then up to {options.Emails} more from {InboundEmailRate.Senders} concurrent senders.");
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
        if (results.Any(r => r.Email is not null))
        {
            md.AppendLine();
            md.AppendLine("| Database | Inbound e-mail | messages | not recorded | messages/s | p50 ms | p99 ms | mean ms |");
            md.AppendLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
            foreach (var r in results)
                if (r.Email is { } e)
                    foreach (var (label, l) in new[] { ("1 sender", e.Sequential), ($"{e.Senders} concurrent senders", e.Concurrent) })
                        Line(md, $"| {r.Provider} | {label} | {l.Count} | {l.Failures} | {l.PerSecond:N1} | {l.P50:N2} | {l.P99:N2} | {l.Mean:N2} |");
            md.AppendLine();
            foreach (var r in results)
                if (r.Email is { } e)
                    Line(md, $"- {r.Provider}: {e.Sent:N0} posted ({e.WarmUp:N0} of them warm-up), receipts {e.Recorded:N0} recorded, {e.Duplicates:N0} duplicate, {e.Quarantined:N0} quarantined, {e.Refused:N0} refused (HTTP 300 or more), {e.Unanswered:N0} not answered within 30 s; {e.FoundByMessageId:N0} e-mail touchpoints found by their Message-IDs; {e.ThreadedToTheirCase:N0} of {e.RepliesSent:N0} case replies on their case; {e.NewCustomers:N0} new customers for {e.UnknownSent:N0} unknown senders: {(e.Complete ? "complete" : "INCOMPLETE")}.");
        }
        return md.ToString();
    }

    private static void Line(StringBuilder md, FormattableString text) => md.AppendLine(text.ToString(CultureInfo.InvariantCulture));
}
