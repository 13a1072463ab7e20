namespace Frontline.Bench;

internal enum BenchProvider { Sqlite, PostgreSql }

internal sealed record BenchOptions(
    IReadOnlyList<BenchProvider> Providers, int Customers, int TouchpointsPerCustomer, int GesturesPerCase, int Requests, int WarmUp,
    TimeSpan LimitPerMeasure, string WorkDirectory, bool Keep, int Seed, int Emails);

/// <summary>What one database yielded: how long seeding took (null if reused), the measures, and the inbound e-mail rate.</summary>
internal sealed record BenchResult(BenchProvider Provider, long CustomersInDatabase, long GesturesInDatabase, Frontline.Demo.BulkSeedResult? Seeding,
    Latency Api, Latency Raw, Latency Health, Latency Evaluate, Latency EvaluateRaw, Latency Customer360, Latency Customer360Raw, EmailRate? Email)
{
    public IEnumerable<(string Label, Latency Latency)> Measures =>
    [
        ("API lookup + timeline", Api), ("raw SQL lookup + timeline", Raw), ("API customer 360 + timeline", Customer360),
        ("raw SQL customer 360 + timeline", Customer360Raw), ("API evaluate gesture (with period spend)", Evaluate),
        ("raw SQL evaluation reads", EvaluateRaw), ("GET /health", Health),
    ];

    public bool Failed => Measures.Any(m => m.Latency.Failures > 0) || Email is { Complete: false };
}
