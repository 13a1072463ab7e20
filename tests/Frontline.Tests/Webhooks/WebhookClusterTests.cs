using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Frontline.Events;
using Frontline.Identity;
using Frontline.Testing;
using Frontline.Tests.Infrastructure;
using Frontline.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Tests.Webhooks;

/// <summary>A PostgreSQL database of its own for the cluster test, so its thousands of events slow no other test.</summary>
[CollectionDefinition(Name)]
public sealed class WebhookClusterCollection : ICollectionFixture<PostgresApi>
{
    public const string Name = "Webhook cluster";
}

/// <summary>
/// Three nodes on one PostgreSQL database (the fixture's app and two `frontline serve` child processes) send
/// <see cref="Events"/> events to a receiver that answers 500 to 30 % of requests; one child is killed with SIGKILL
/// half-way. Every event ends delivered or failed (none lost), and every repeat carries the same webhook-id.
/// </summary>
[Collection(WebhookClusterCollection.Name)]
public sealed class WebhookClusterTests(PostgresApi fx, ITestOutputHelper output)
{
    // 10,000 events take about two minutes here since handlers and the sender write a round in one transaction;
    // FRONTLINE_WEBHOOK_CLUSTER_EVENTS sets another count
    private static readonly int Events =
        int.TryParse(Environment.GetEnvironmentVariable("FRONTLINE_WEBHOOK_CLUSTER_EVENTS"), out var n) ? n : 10_000;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Three_nodes_deliver_every_event_once_killed_one_half_way_with_stable_webhook_ids()
    {
        var random = new Random(7);
        await using var receiver = await WebhookReceiver.StartAsync(_ => { lock (random) return random.NextDouble() < 0.3 ? 500 : 200; });
        var created = await fx.As(Roles.Admin).PostJsonAsync("/api/v1/webhooks/endpoints", new { url = receiver.Url.ToString() });
        var endpointId = (await created.ReadAsync<WebhookSecretIssued>()).Endpoint.Id;
        var settings = new Dictionary<string, string>
        {
            ["Database__Provider"] = "PostgreSql", ["ConnectionStrings__Frontline"] = fx.Database.ConnectionString!,
            ["Frontline__Webhooks__AllowedAddresses"] = $"{WebhookReceiver.AllowedAddress}/32",
            ["Frontline__Webhooks__RetrySchedule"] = "0,0.5,1,1,1,1,1,1", ["Frontline__Webhooks__LeaseSeconds"] = "10",
            ["Frontline__Events__LeaseSeconds"] = "10", ["Frontline__Scheduling"] = "false", ["Logging__LogLevel__Default"] = "Warning",
        };
        await using var second = await FrontlineProcess.StartAsync("serve", settings);
        await using var third = await FrontlineProcess.StartAsync("serve", settings);
        var watch = Stopwatch.StartNew();

        var (first, last) = await WriteEventsAsync();
        await using var db = fx.OpenDb();
        var messages = db.Set<WebhookMessage>()
            .Where(m => m.EndpointId == endpointId && m.EventPosition >= first && m.EventPosition <= last);
        var killedAt = TimeSpan.Zero;
        var deadline = DateTime.UtcNow.AddMinutes(4);
        while (DateTime.UtcNow < deadline)
        {
            var finished = await messages.CountAsync(m => m.State != MessageState.Pending, Ct);
            if (killedAt == TimeSpan.Zero && finished >= Events / 2)
            {
                third.Kill();
                killedAt = watch.Elapsed;
            }
            if (finished == Events) break;
            await Task.Delay(500, Ct);
        }
        output.WriteLine($"{Events} events, killed a node at {killedAt.TotalSeconds:0} s, all finished at {watch.Elapsed.TotalSeconds:0} s; "
            + $"{receiver.Received.Count} requests");

        var rows = await messages.Select(m => new { m.EventPosition, m.WebhookId, m.State }).ToListAsync(Ct);
        rows.Count.ShouldBe(Events);
        rows.Select(r => r.EventPosition).Distinct().Count().ShouldBe(Events);
        rows.ShouldAllBe(r => r.State != MessageState.Pending);
        IReadOnlyList<ReceivedWebhook> received = receiver.Received;
        received = received.Where(r => PositionOf(r) is var p && p >= first && p <= last).ToList();
        var answered = received.Where(r => r.Status == 200).Select(r => r.Id).ToHashSet();
        rows.Where(r => r.State == MessageState.Delivered).ShouldAllBe(r => answered.Contains(r.WebhookId));
        // a repeat (a retry, or a message sent again after its node died) carries the id and the body of the first
        foreach (var repeats in received.GroupBy(r => r.Id)) repeats.Select(r => r.Body).Distinct().Count().ShouldBe(1);
        received.ShouldAllBe(r => r.Id == WebhookMessage.IdFor(PositionOf(r), endpointId));
        (last - first + 1).ShouldBe(Events, "the batches were written one after another, nothing else between");
        output.WriteLine($"{rows.Count(r => r.State == MessageState.Failed)} dead-lettered; "
            + $"{received.GroupBy(r => r.Id).Count(g => g.Count(r => r.Status == 200) > 1)} delivered twice");
    }

    private static long PositionOf(ReceivedWebhook r) =>
        JsonDocument.Parse(r.Body).RootElement.GetProperty("data").TryGetProperty("position", out var p) ? p.GetInt64() : -1;

    /// <summary>Writes the events straight into the outbox in batches, as a burst of use cases would commit them.</summary>
    private async Task<(long First, long Last)> WriteEventsAsync()
    {
        var type = EventCatalog.All.OrderBy(t => t.Name, StringComparer.Ordinal).First().Name;
        var positions = new List<long>();
        for (var start = 0; start < Events; start += 1000)
        {
            await using var db = fx.OpenDb();
            await using var tx = await db.Database.BeginTransactionAsync(Ct);
            var batch = Enumerable.Range(start, Math.Min(1000, Events - start)).Select(i => new StoredEvent
            {
                Type = type, OccurredAt = DateTime.UtcNow, ActorName = "cluster test", Payload = "{}",
            }).ToList();
            db.Events.AddRange(batch);
            await db.SaveChangesAsync(Ct);
            // each event names its own position, so the test can tell which event a request carried
            foreach (var e in batch)
            {
                e.Payload = $"{{\"position\":{e.Position.ToString(CultureInfo.InvariantCulture)}}}";
            }
            positions.AddRange(batch.Select(e => e.Position));
            await db.SaveChangesAsync(Ct);
            await tx.CommitAsync(Ct);
        }
        return (positions.Min(), positions.Max());
    }
}
