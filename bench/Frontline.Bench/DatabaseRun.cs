using System.Net;
using System.Net.Sockets;
using Frontline.Data;
using Frontline.Demo;
using Frontline.Identity;
using Frontline.Web;
using Frontline.Web.Cli;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Frontline.Bench;

/// <summary>One database from empty (or kept) folder to its measures: seed, serve on loopback, measure, stop.</summary>
internal static class DatabaseRun
{
    private static readonly Actor Bench = new(null, null, "Bench", Roles.Admin);

    public static async Task<BenchResult> RunAsync(BenchProvider provider, BenchOptions options, CancellationToken ct)
    {
        var folder = Path.Combine(options.WorkDirectory, provider == BenchProvider.Sqlite ? "sqlite" : "postgresql");
        if (!options.Keep && Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        await using var postgres = provider == BenchProvider.PostgreSql ? await ThrowawayPostgres.StartAsync(folder, FreePort(), ct) : null;
        return await MeasureAsync(provider, options, folder, postgres, ct);
    }

    public static void Clean(BenchOptions options)
    {
        if (options.Keep || !Directory.Exists(options.WorkDirectory)) return;
        Directory.Delete(options.WorkDirectory, recursive: true);
    }

    private static async Task<BenchResult> MeasureAsync(BenchProvider provider, BenchOptions options, string folder, ThrowawayPostgres? postgres, CancellationToken ct)
    {
        var port = FreePort();
        var database = postgres is null
            ? $"--Frontline:DataDirectory={folder}"
            : $"--ConnectionStrings:Frontline={postgres.ConnectionString}";
        await using var app = FrontlineApp.Build([$"--urls=http://127.0.0.1:{port}", $"--Database:Provider={provider}", database,
            "--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:Microsoft.EntityFrameworkCore=Warning"]);
        await Startup.MigrateAsync(app.Services, ct);

        BulkSeedResult? seeding = null;
        string apiKey;
        long customers, gestures;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FrontlineDb>();
            db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
            if (!await db.Customers.AnyAsync(ct))
            {
                var plan = new BulkSeedPlan(options.Customers, options.TouchpointsPerCustomer, options.Seed, DateTime.UtcNow.Date,
                    GesturesPerCase: options.GesturesPerCase);
                Console.Error.WriteLine($"{provider}: seeding {plan.Customers:N0} customers x {plan.TouchpointsPerCustomer} touchpoints, {plan.GesturesPerCase} gestures per case");
                seeding = await BulkSeed.RunAsync(db, plan, new SeedReport(provider, plan.Customers), ct);
                Console.Error.WriteLine($"{provider}: seeded {seeding.Rows:N0} rows in {seeding.Elapsed.TotalSeconds:N0} s ({seeding.RowsPerSecond:N0} rows/s)");
            }
            customers = await db.Customers.LongCountAsync(ct);
            gestures = await db.Gestures.LongCountAsync(ct);
            // a key acts for someone: the bench's own service account, in a team of its own so no team grant widens its sandbox
            var team = new Team { Name = $"Bench {DateTime.UtcNow:O}" };
            db.Teams.Add(team);
            await db.SaveChangesAsync(ct);
            var (_, account) = await ServiceAccounts.SaveAsync(db, null, new ServiceAccountInput(team.Name, team.Id, null, false),
                Bench, DateTime.UtcNow, ct);
            var (_, issued) = await ApiKeys.IssueAsync(new ApiKeyInput(team.Name, Roles.Agent, ServiceAccountId: account!.Id),
                Bench, db,
                TimeProvider.System, ct);
            apiKey = issued!.Secret;
        }

        var connectionString = app.Services.GetRequiredService<DatabaseOptions>().ConnectionString;
        var raw = RawSql.For(postgres is not null, connectionString);
        var sample = new CustomerSample(raw, options.Seed);
        var probes = new GestureSample(raw, options.Seed);
        var rawEvaluation = new RawEvaluation(raw);
        var raw360 = new RawCustomer360(raw);
        var emails = new InboundEmailRate(raw, options.Seed);
        await app.StartAsync(ct);
        try
        {
            using var api = new ApiClient(new Uri($"http://127.0.0.1:{port}"), apiKey);
            var total = options.WarmUp + options.Requests;
            var health = await Latency.MeasureAsync("GET /health", options.WarmUp, options.Requests, options.LimitPerMeasure, _ => api.HealthAsync());
            var rawAddresses = await sample.AddressesAsync(total, ct);
            var rawLatency = await Latency.MeasureAsync("raw SQL", options.WarmUp, options.Requests, options.LimitPerMeasure,
                i => raw.LookupAndTimelineAsync(rawAddresses[i]));
            var apiAddresses = await sample.AddressesAsync(total, ct);
            var apiLatency = await Latency.MeasureAsync("API", options.WarmUp, options.Requests, options.LimitPerMeasure,
                i => api.LookupAndTimelineAsync(apiAddresses[i]));
            var rawProbes = await probes.ProbesAsync(total, ct);
            var evaluateRaw = await Latency.MeasureAsync("raw SQL evaluation", options.WarmUp, options.Requests, options.LimitPerMeasure,
                i => rawEvaluation.ReadAsync(rawProbes[i]));
            var apiProbes = await probes.ProbesAsync(total, ct);
            var evaluate = await Latency.MeasureAsync("API evaluate", options.WarmUp, options.Requests, options.LimitPerMeasure,
                i => api.EvaluateAsync(apiProbes[i]));
            var rawCustomers = await sample.IdsAsync(total, ct);
            var customer360Raw = await Latency.MeasureAsync("raw SQL customer 360", options.WarmUp, options.Requests, options.LimitPerMeasure,
                i => raw360.ReadAsync(rawCustomers[i]));
            var apiCustomers = await sample.IdsAsync(total, ct);
            var customer360 = await Latency.MeasureAsync("API customer 360", options.WarmUp, options.Requests, options.LimitPerMeasure,
                i => api.Customer360AndTimelineAsync(apiCustomers[i]));
            // the writes come last, so no read above meets rows they added
            var email = options.Emails <= 0 ? null
                : await emails.MeasureAsync(api, Math.Min(options.WarmUp, options.Emails), options.Emails, options.LimitPerMeasure,
                    $"bench-{DateTime.UtcNow:yyyyMMddHHmmss}-{provider}".ToLowerInvariant(), ct);
            return new BenchResult(provider, customers, gestures, seeding, apiLatency, rawLatency, health, evaluate, evaluateRaw,
                customer360, customer360Raw, email);
        }
        finally
        {
            await app.StopAsync(CancellationToken.None);
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>A line on stderr at every tenth of the customers, in order (Progress&lt;T&gt; would post them to the thread pool).</summary>
internal sealed class SeedReport(BenchProvider provider, int customers) : IProgress<BulkSeedProgress>
{
    private int reported = -1;

    public void Report(BulkSeedProgress value)
    {
        var tenth = (int)(10L * value.Customers / Math.Max(customers, 1));
        if (tenth == reported) return;
        reported = tenth;
        Console.Error.WriteLine($"{provider}: {tenth * 10,3}% {value.Rows:N0} rows, {value.Elapsed.TotalSeconds:N0} s");
    }
}
