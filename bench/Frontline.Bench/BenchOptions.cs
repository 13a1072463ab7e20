namespace Frontline.Bench;

internal enum BenchProvider { Sqlite, PostgreSql }

internal sealed record BenchOptions(
    IReadOnlyList<BenchProvider> Providers, int Customers, int TouchpointsPerCustomer, int Requests, int WarmUp,
    TimeSpan LimitPerMeasure, string WorkDirectory, bool Keep, int Seed);

/// <summary>What one database yielded: how long seeding took (null if reused) and the three measures.</summary>
internal sealed record BenchResult(BenchProvider Provider, long CustomersInDatabase, Frontline.Demo.BulkSeedResult? Seeding,
    Latency Api, Latency Raw, Latency Health);
