using System.Diagnostics;
using System.Threading.Channels;
using Frontline.Data;

namespace Frontline.Demo;

/// <summary>How much to generate. The same seed and the same <paramref name="Until"/> give the same data.</summary>
/// <param name="Until">End of the two years the touchpoints are spread over (UTC).</param>
/// <param name="GesturesPerCase">Gestures in the ledger for each case; with any, also the agents, grants and guidelines they were granted under.</param>
public sealed record BulkSeedPlan(int Customers, int TouchpointsPerCustomer, int Seed, DateTime Until, int BatchSize = 10_000, int GesturesPerCase = 0);

public readonly record struct BulkSeedProgress(int Customers, long Rows, TimeSpan Elapsed);

public sealed record BulkSeedResult(int Customers, long Rows, TimeSpan Elapsed)
{
    public double RowsPerSecond => Rows / Math.Max(Elapsed.TotalSeconds, 0.001);
}

/// <summary>
/// Writes a large, realistic data set for load and performance work: customers with e-mail, phone, cases and
/// touchpoints, and if asked a gesture ledger, straight through ADO.NET (prepared inserts on SQLite, binary COPY on PostgreSQL).
/// </summary>
public static class BulkSeed
{
    public static async Task<BulkSeedResult> RunAsync(FrontlineDb db, BulkSeedPlan plan, IProgress<BulkSeedProgress>? progress, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(plan.Customers);
        ArgumentOutOfRangeException.ThrowIfNegative(plan.TouchpointsPerCustomer);
        ArgumentOutOfRangeException.ThrowIfLessThan(plan.BatchSize, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(plan.GesturesPerCase);
        await ReferenceData.EnsureAsync(db, ct);
        var categories = await db.Categories.OrderBy(c => c.Id).Select(c => new { c.Id, c.Name }).ToArrayAsync(ct);
        var ledger = plan.GesturesPerCase == 0 ? null : await BulkSeedAuthority.EnsureAsync(db, plan,
            [.. categories.Where(c => ReferenceData.CategoryNames.Contains(c.Name)).Select(c => c.Id)], DateTime.UtcNow, ct);
        var after = new BulkSeedIds(
            await db.Customers.MaxAsync(c => (long?)c.Id, ct) ?? 0, await db.CustomerEmails.MaxAsync(e => (long?)e.Id, ct) ?? 0,
            await db.CustomerPhones.MaxAsync(p => (long?)p.Id, ct) ?? 0, await db.Cases.MaxAsync(c => (long?)c.Id, ct) ?? 0,
            await db.Touchpoints.MaxAsync(t => (long?)t.Id, ct) ?? 0, await db.Gestures.MaxAsync(g => (long?)g.Id, ct) ?? 0);
        var generator = new BulkSeedGenerator(plan, after, [.. categories.Select(c => c.Id)], ledger);

        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using IBulkSeedWriter writer = db.Database.IsNpgsql()
                ? new BulkSeedPostgreSql((Npgsql.NpgsqlConnection)db.Database.GetDbConnection())
                : BulkSeedSqlite.Open(db);
            return await PipeAsync(generator, writer, progress, ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    // generating and writing overlap: one core makes the next batch while the other writes this one
    private static async Task<BulkSeedResult> PipeAsync(BulkSeedGenerator generator, IBulkSeedWriter writer,
        IProgress<BulkSeedProgress>? progress, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var batches = Channel.CreateBounded<BulkSeedBatch>(2);
        var producer = Task.Run(async () =>
        {
            try
            {
                foreach (var batch in generator.Batches()) await batches.Writer.WriteAsync(batch, ct);
                batches.Writer.Complete();
            }
            catch (Exception e)
            {
                batches.Writer.Complete(e);
            }
        }, ct);

        var customers = 0;
        var rows = 0L;
        await foreach (var batch in batches.Reader.ReadAllAsync(ct))
        {
            await writer.WriteAsync(batch, ct);
            customers += batch.Customers.Count;
            rows += batch.Rows;
            progress?.Report(new BulkSeedProgress(customers, rows, clock.Elapsed));
        }
        await producer;
        await writer.FinishAsync(ct);
        return new BulkSeedResult(customers, rows, clock.Elapsed);
    }
}

internal interface IBulkSeedWriter : IAsyncDisposable
{
    Task WriteAsync(BulkSeedBatch batch, CancellationToken ct);

    /// <summary>After the last batch: bring id generation and planner statistics up to date.</summary>
    Task FinishAsync(CancellationToken ct);
}
