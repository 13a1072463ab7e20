using System.CommandLine;
using System.Diagnostics;
using System.Text;
using Frontline.Cases;
using Frontline.Customers;
using Frontline.Data;
using Frontline.Demo;
using Frontline.Events;
using Frontline.Identity;
using Frontline.Touchpoints;
using Frontline.Web;
using Frontline.Web.Cli;
using Frontline.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Frontline.Bench;

/// <summary>
/// Events per second from commit to a webhook receiver: the real app with its dispatcher and webhook sender running,
/// one endpoint subscribed to every event on a local receiver, N cases opened (each with its case.opened event) in
/// transactions of --batch, timed from the first commit until the receiver holds all N distinct messages.
/// </summary>
internal static class WebhookThroughput
{
    private static readonly Actor Bench = new(null, null, "Webhook bench", Roles.Agent);

    public static Command Command()
    {
        var provider = new Option<string>("--provider") { Description = "sqlite, postgresql or both", DefaultValueFactory = _ => "both" };
        var events = new Option<int>("--events") { Description = "Cases opened, one event each", DefaultValueFactory = _ => 5_000 };
        var batch = new Option<int>("--batch") { Description = "Cases per transaction", DefaultValueFactory = _ => 50 };
        var limit = new Option<int>("--max-seconds") { Description = "Time limit for the receiver to hold them all", DefaultValueFactory = _ => 600 };
        var work = new Option<string>("--work") { DefaultValueFactory = _ => Path.Combine(Path.GetTempPath(), "frontline-webhook-bench") };
        var command = new Command("webhooks", "Events per second from commit to a local webhook receiver")
        {
            provider, events, batch, limit, work,
        };
        command.SetAction(async (parse, ct) =>
        {
            var report = new StringBuilder(
                "| database | events | per transaction | publish s | commit to all received s | events/s | requests |\n|---|---|---|---|---|---|---|\n");
            var folder = Path.GetFullPath(parse.GetValue(work)!);
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            var failed = false;
            foreach (var p in (parse.GetValue(provider) ?? "both").ToLowerInvariant() is "both" ? ["sqlite", "postgresql"] : new[] { parse.GetValue(provider)! })
            {
                var dir = Path.Combine(folder, p);
                await using var postgres = p == "sqlite" ? null : await ThrowawayPostgres.StartAsync(dir, DatabaseRun.FreePort(), ct);
                var run = await MeasureAsync(postgres, dir, parse.GetValue(events), parse.GetValue(batch),
                    TimeSpan.FromSeconds(parse.GetValue(limit)), ct);
                failed |= run.Received < run.Events;
                var rate = run.Received < run.Events ? "incomplete" : $"{run.Events / run.Elapsed.TotalSeconds:N0}";
                report.AppendLine($"| {p} | {run.Received:N0} of {run.Events:N0} | {run.Batch} | {run.Publish.TotalSeconds:N1} | "
                    + $"{run.Elapsed.TotalSeconds:N1} | {rate} | {run.Requests:N0} |");
            }
            Directory.Delete(folder, recursive: true);
            var bare = await BareReceiverAsync(parse.GetValue(events), ct);
            report.AppendLine($"| receiver alone (ceiling) | {parse.GetValue(events):N0} posted | - | - | "
                + $"{bare.TotalSeconds:N1} | {parse.GetValue(events) / bare.TotalSeconds:N0} | {parse.GetValue(events):N0} |");
            Console.WriteLine(report);
            return failed ? 1 : 0;
        });
        return command;
    }

    /// <summary>
    /// The ceiling: the same receiver taking the same number of messages straight from an HttpClient, as many at once as
    /// the webhook sender sends (<see cref="WebhookOptions.Parallelism"/>), with no database behind them.
    /// </summary>
    private static async Task<TimeSpan> BareReceiverAsync(int events, CancellationToken ct)
    {
        await using var sink = new WebhookSink("case.opened", events);
        using var http = new HttpClient();
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, events),
            new ParallelOptions { MaxDegreeOfParallelism = new WebhookOptions().Parallelism, CancellationToken = ct },
            async (i, token) =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, sink.Url)
                {
                    Content = new StringContent($"{{\"type\":\"case.opened\",\"data\":{{\"caseId\":{i}}}}}", Encoding.UTF8,
                        "application/json"),
                };
                request.Headers.Add("webhook-id", $"msg_bare_{i}");
                using var response = await http.SendAsync(request, token);
            });
        await sink.AllReceived.WaitAsync(ct);
        return clock.Elapsed;
    }

    private sealed record Run(int Events, int Batch, int Received, int Requests, TimeSpan Publish, TimeSpan Elapsed);

    private static async Task<Run> MeasureAsync(ThrowawayPostgres? postgres, string folder, int events, int batch, TimeSpan limit,
        CancellationToken ct)
    {
        await using var sink = new WebhookSink("case.opened", events);
        var database = postgres is null
            ? $"--Frontline:DataDirectory={folder}"
            : $"--ConnectionStrings:Frontline={postgres.ConnectionString}";
        var provider = postgres is null ? BenchProvider.Sqlite : BenchProvider.PostgreSql;
        await using var app = FrontlineApp.Build([$"--urls=http://127.0.0.1:{DatabaseRun.FreePort()}", $"--Database:Provider={provider}",
            database, $"--Frontline:Webhooks:AllowedAddresses={WebhookSink.Address}/32", "--Logging:LogLevel:Default=Warning",
            "--Logging:LogLevel:Microsoft.EntityFrameworkCore=Warning"]);
        await Startup.MigrateAsync(app.Services, ct);
        long customerId, categoryId;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FrontlineDb>();
            await ReferenceData.EnsureAsync(db, ct);
            var customer = new Customer { Name = "Webhook Bench", SearchName = "webhook bench", TimeZone = "Europe/Berlin", CreatedAt = DateTime.UtcNow };
            db.Customers.Add(customer);
            await db.SaveChangesAsync(ct);
            (customerId, categoryId) = (customer.Id, await db.Categories.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync(ct));
            var endpoint = await WebhookEndpoints.CreateAsync(db, app.Services.GetRequiredService<WebhookAddresses>(),
                new WebhookEndpointInput(sink.Url.ToString(), [], "Webhook bench", true), Bench, DateTime.UtcNow, ct);
            if (endpoint.Value is null) throw new InvalidOperationException($"The receiver was refused: {endpoint.Message}");
        }
        await app.StartAsync(ct);
        try
        {
            var clock = new Stopwatch();
            for (var done = 0; done < events; done += batch)
            {
                await OpenCasesAsync(app.Services, customerId, categoryId, Math.Min(batch, events - done), ct);
                // timed from the first commit: what a receiver waits for once the facts are true
                if (done == 0) clock.Start();
            }
            var publish = clock.Elapsed;
            await Task.WhenAny(sink.AllReceived, Task.Delay(limit, ct));
            return new Run(events, batch, Math.Min(sink.Distinct, events), sink.Requests, publish, clock.Elapsed);
        }
        finally
        {
            await app.StopAsync(CancellationToken.None);
            if (postgres is null) Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }
    }

    /// <summary>Opens cases the way the use case writes them: the case, its first note and its events in one transaction.</summary>
    private static async Task OpenCasesAsync(IServiceProvider services, long customerId, long categoryId, int count, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FrontlineDb>();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var now = DateTime.UtcNow;
        var cases = Enumerable.Range(0, count).Select(_ => new Case
        {
            CustomerId = customerId, CategoryId = categoryId, Subject = "Parcel arrived damaged", Priority = CasePriority.Normal,
            Channel = Channel.Phone, OpenedAt = now, UpdatedAt = now,
        }).ToList();
        db.Cases.AddRange(cases);
        await db.SaveChangesAsync(ct);
        foreach (var c in cases)
            db.Publish(Bench, now, new CaseOpened(c.Id, customerId, categoryId, c.Subject, c.Priority, c.Channel, null, null));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }
}
