using System.CommandLine;
using System.Text;
using Frontline.Cases;
using Frontline.Customers;
using Frontline.Data;
using Frontline.Demo;
using Frontline.Events;
using Frontline.Identity;
using Frontline.Touchpoints;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Frontline.Bench;

/// <summary>
/// What the outbox adds to a write: opening a case (with its first touchpoint) and appending a touchpoint, each written
/// the way the use cases write them — with the event rows in the same transaction — and the same rows without events,
/// one after another on the same database in the same run. The dispatcher is off, so only the write is measured.
/// </summary>
internal static class OutboxCost
{
    private static readonly Actor Bench = new(null, null, "Outbox bench", Roles.Agent);

    public static Command Command()
    {
        var provider = new Option<string>("--provider") { Description = "sqlite, postgresql or both", DefaultValueFactory = _ => "both" };
        var writes = new Option<int>("--writes") { Description = "Measured writes per measure", DefaultValueFactory = _ => 2_000 };
        var warmUp = new Option<int>("--warm-up") { DefaultValueFactory = _ => 200 };
        var work = new Option<string>("--work") { DefaultValueFactory = _ => Path.Combine(Path.GetTempPath(), "frontline-outbox-bench") };
        var command = new Command("outbox", "The cost the event outbox adds to opening a case and appending a touchpoint, p50/p99")
        {
            provider, writes, warmUp, work,
        };
        command.SetAction(async (parse, ct) =>
        {
            var report = new StringBuilder("| database | write | with events p50 ms | p99 ms | without p50 ms | p99 ms |\n|---|---|---|---|---|---|\n");
            var folder = Path.GetFullPath(parse.GetValue(work)!);
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            foreach (var p in (parse.GetValue(provider) ?? "both").ToLowerInvariant() is "both" ? ["sqlite", "postgresql"] : new[] { parse.GetValue(provider)! })
            {
                var dir = Path.Combine(folder, p);
                await using var postgres = p == "sqlite" ? null : await ThrowawayPostgres.StartAsync(dir, DatabaseRun.FreePort(), ct);
                var database = postgres is null ? DatabaseOptions.Sqlite(dir) : new DatabaseOptions(DatabaseProvider.PostgreSql, postgres.ConnectionString);
                foreach (var row in await MeasureAsync(database, parse.GetValue(writes), parse.GetValue(warmUp), ct))
                    report.AppendLine($"| {p} | {row.Write} | {row.With.P50:N2} | {row.With.P99:N2} | {row.Without.P50:N2} | {row.Without.P99:N2} |");
            }
            Directory.Delete(folder, recursive: true);
            Console.WriteLine(report);
        });
        return command;
    }

    private static async Task<List<(string Write, Latency With, Latency Without)>> MeasureAsync(
        DatabaseOptions database, int writes, int warmUp, CancellationToken ct)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Frontline:Events:Dispatch"] = "false" }).Build();
        await using var services = new ServiceCollection().AddLogging().AddFrontlineData(database)
            .AddFrontlineEvents(EventOptions.From(configuration)).BuildServiceProvider();
        var contexts = services.GetRequiredService<IDbContextFactory<FrontlineDb>>();
        long customerId, categoryId, caseId;
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            await db.Database.MigrateAsync(ct);
            await ReferenceData.EnsureAsync(db, ct);
            var customer = new Customer { Name = "Outbox Bench", SearchName = "outbox bench", TimeZone = "Europe/Berlin", CreatedAt = DateTime.UtcNow };
            db.Customers.Add(customer);
            await db.SaveChangesAsync(ct);
            customerId = customer.Id;
            categoryId = await db.Categories.Select(c => c.Id).FirstAsync(ct);
            var first = NewCase(customerId, categoryId);
            db.Cases.Add(first);
            await db.SaveChangesAsync(ct);
            caseId = first.Id;
        }
        var limit = TimeSpan.FromMinutes(2);

        // with events: as the use cases write (the touchpoint through its seam, which publishes touchpoint.recorded);
        // without: the same rows, the touchpoint inserted by hand since the seam refuses one without its event
        async Task<bool> OpenCase(bool publish)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var @case = NewCase(customerId, categoryId);
            db.Cases.Add(@case);
            await db.SaveChangesAsync(ct);
            if (publish)
            {
                db.Publish(Bench, @case.OpenedAt, new CaseOpened(@case.Id, customerId, categoryId, @case.Subject,
                    @case.Priority, @case.Channel, null, null));
                db.RecordTouchpoint(Bench, @case.OpenedAt, Note(customerId, @case.Id, "The remote stopped working."));
                await db.SaveChangesAsync(ct);
            }
            else
            {
                await InsertAsync(db, Note(customerId, @case.Id, "The remote stopped working."));
            }
            await tx.CommitAsync(ct);
            return true;
        }

        async Task<bool> Append(bool publish)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var touchpoint = Note(customerId, caseId, "Calling about the repair.");
            if (publish)
            {
                db.RecordTouchpoint(Bench, touchpoint.RecordedAt, touchpoint);
                await db.SaveChangesAsync(ct);
            }
            else
            {
                await InsertAsync(db, touchpoint);
            }
            return true;
        }

        // alternate the two variants measure by measure so drift on the machine touches both alike
        var results = new List<(string, Latency, Latency)>();
        var openWithout = await Latency.MeasureAsync("open case, no events", warmUp, writes, limit, _ => OpenCase(false));
        var openWith = await Latency.MeasureAsync("open case + events", warmUp, writes, limit, _ => OpenCase(true));
        results.Add(("open a case with its first touchpoint", openWith, openWithout));
        var appendWithout = await Latency.MeasureAsync("append, no event", warmUp, writes, limit, _ => Append(false));
        var appendWith = await Latency.MeasureAsync("append + event", warmUp, writes, limit, _ => Append(true));
        results.Add(("append a touchpoint", appendWith, appendWithout));
        if (database.Provider == DatabaseProvider.Sqlite) Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return results;
    }

    private static Case NewCase(long customerId, long categoryId) => new()
    {
        CustomerId = customerId, CategoryId = categoryId, Subject = "Remote stopped working", Priority = CasePriority.Normal,
        Channel = Channel.Phone, OpenedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
    };

    private static Touchpoint Note(long customerId, long caseId, string body)
    {
        var now = DateTime.UtcNow;
        return new Touchpoint
        {
            CustomerId = customerId, CaseId = caseId, Channel = Channel.Phone, Direction = Direction.Inbound,
            OccurredAt = now, RecordedAt = now, Author = "Outbox Bench", Body = body,
        };
    }

    private static Task<int> InsertAsync(FrontlineDb db, Touchpoint t) => db.Database.ExecuteSqlAsync($"""
        INSERT INTO touchpoints (customer_id, case_id, channel, direction, occurred_at, author, body, recorded_at)
        VALUES ({t.CustomerId}, {t.CaseId}, {t.Channel.ToString()}, {t.Direction.ToString()}, {t.OccurredAt}, {t.Author},
            {t.Body}, {t.RecordedAt})
        """);
}
