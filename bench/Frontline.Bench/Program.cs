using System.CommandLine;
using Frontline.Bench;

// Run by hand, never in CI: seeds SQLite and/or a throwaway PostgreSQL, serves the real app on 127.0.0.1, and prints
// the latency of "customer lookup + first timeline page", of "customer 360 + first timeline page" and of "evaluate a gesture"
// over HTTP against their raw-SQL and bare-endpoint ceilings, and the rate at which inbound e-mails are recorded.
var provider = new Option<string>("--provider") { Description = "sqlite, postgresql or both", DefaultValueFactory = _ => "both" };
var customers = new Option<int>("--customers") { DefaultValueFactory = _ => 1_000_000 };
var touchpoints = new Option<int>("--touchpoints-per-customer") { DefaultValueFactory = _ => 10 };
var gestures = new Option<int>("--gestures-per-case") { Description = "Gestures in the ledger per case (a case for about one customer in four)", DefaultValueFactory = _ => 8 };
var requests = new Option<int>("--requests") { Description = "Measured operations per measure", DefaultValueFactory = _ => 2_000 };
var warmUp = new Option<int>("--warm-up") { DefaultValueFactory = _ => 200 };
var limit = new Option<int>("--max-seconds") { Description = "Time limit of each measure", DefaultValueFactory = _ => 120 };
var work = new Option<string>("--work") { Description = "Folder for the databases", DefaultValueFactory = _ => Path.Combine(Path.GetTempPath(), "frontline-bench") };
var keep = new Option<bool>("--keep") { Description = "Reuse the seeded databases in --work and leave them there" };
var seed = new Option<int>("--seed") { DefaultValueFactory = _ => 1 };
var emails = new Option<int>("--emails")
{
    Description = "Inbound e-mails posted one at a time, and as many again from 4 concurrent senders (after a warm-up of at most --warm-up); 0 skips",
    DefaultValueFactory = _ => 2_000,
};
var root = new RootCommand(
    "Frontline benchmark: customer lookup and timeline, customer 360, and gesture evaluation, over the API against raw SQL and a bare endpoint; inbound e-mail rate")
{
    provider, customers, touchpoints, gestures, requests, warmUp, limit, work, keep, seed, emails,
};
root.Add(OutboxCost.Command());
root.Add(WebhookThroughput.Command());
root.SetAction(async (parse, ct) =>
{
    BenchProvider[] providers = parse.GetValue(provider)?.ToLowerInvariant() switch
    {
        "sqlite" => [BenchProvider.Sqlite],
        "postgresql" or "postgres" => [BenchProvider.PostgreSql],
        "both" => [BenchProvider.Sqlite, BenchProvider.PostgreSql],
        var other => throw new ArgumentException($"--provider: '{other}' is not sqlite, postgresql or both."),
    };
    var options = new BenchOptions(providers, parse.GetValue(customers), parse.GetValue(touchpoints), parse.GetValue(gestures), parse.GetValue(requests),
        parse.GetValue(warmUp), TimeSpan.FromSeconds(parse.GetValue(limit)), Path.GetFullPath(parse.GetValue(work)!), parse.GetValue(keep),
        parse.GetValue(seed), parse.GetValue(emails));
    var results = new List<BenchResult>();
    try
    {
        foreach (var p in options.Providers) results.Add(await DatabaseRun.RunAsync(p, options, ct));
    }
    finally
    {
        DatabaseRun.Clean(options);
    }
    Console.WriteLine(MarkdownReport.Write(options, results));
    return results.Any(r => r.Failed) ? 1 : 0;
});
return await root.Parse(args).InvokeAsync();
