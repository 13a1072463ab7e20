namespace Frontline.Bench;

internal enum BenchProvider { Sqlite, PostgreSql }

internal sealed record BenchOptions(
    IReadOnlyList<BenchProvider> Providers, int Customers, int TouchpointsPerCustomer, int GesturesPerCase, int Requests, int WarmUp,
    TimeSpan LimitPerMeasure, string WorkDirectory, bool Keep, int Seed);

/// <summary>What one database yielded: how long seeding took (null if reused) and the measures.</summary>
internal sealed record BenchResult(BenchProvider Provider, long CustomersInDatabase, long GesturesInDatabase, Frontline.Demo.BulkSeedResult? Seeding,
    Latency Api, Latency Raw, Latency Health, Latency Evaluate, Latency EvaluateRaw)
{
    public IEnumerable<(string Label, Latency Latency)> Measures =>
    [
        ("API lookup + timeline", Api), ("raw SQL lookup + timeline", Raw), ("API evaluate gesture (with period spend)", Evaluate),
        ("raw SQL evaluation reads", EvaluateRaw), ("GET /health", Health),
    ];
}
