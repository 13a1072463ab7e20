using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Frontline.Webhooks;

/// <summary>Wakes this node's sender when messages were written; other nodes find them on their next poll.</summary>
public sealed class WebhookSignal : Events.WakeSignal;

/// <summary>
/// Sends due messages. Each round claims a batch with a lease (<c>FOR UPDATE SKIP LOCKED</c> on PostgreSQL, so several
/// nodes never send the same attempt at once; SQLite's single writer does the same there), sends them side by side,
/// and keeps the round's attempts in one write.
/// A node that dies mid-send loses its lease, and another node sends the message again with the same webhook-id.
/// </summary>
internal sealed class WebhookSender(
    IServiceScopeFactory scopes, WebhookSignal signal, WebhookOptions options, WebhookDelivery delivery, TimeProvider clock,
    ILogger<WebhookSender> log) : Events.RoundWorker(signal, log)
{
    protected override bool Runs => options.Send;

    protected override TimeSpan Poll => options.Poll;

    protected override async Task<int> RunRoundAsync(CancellationToken ct)
    {
        var claimed = await ClaimAsync(ct);
        var attempts = new System.Collections.Concurrent.ConcurrentQueue<(WebhookMessage, WebhookAttempt)>();
        await Parallel.ForEachAsync(claimed, new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism, CancellationToken = ct },
            async (message, token) => attempts.Enqueue(await delivery.AttemptAsync(message, token)));
        await delivery.RecordAsync(attempts.ToList(), CancellationToken.None);
        return claimed.Count;
    }

    private async Task<List<WebhookMessage>> ClaimAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FrontlineDb>();
        var now = clock.GetUtcNow().UtcDateTime;
        var token = Guid.NewGuid().ToString("N");
        var sql = (db.Database.IsNpgsql() ? ClaimSql + " FOR UPDATE OF m SKIP LOCKED" : ClaimSql) + ")";
        await db.Database.ExecuteSqlRawAsync(sql, [token, now + options.Lease, now, options.Batch], ct);
        return await db.Set<WebhookMessage>().AsNoTracking().Include(m => m.Endpoint)
            .Where(m => m.ClaimToken == token).ToListAsync(ct);
    }

    // messages of a disabled endpoint wait: nothing is sent to it until an admin enables it again
    private const string ClaimSql = """
            UPDATE webhook_messages SET claim_token = {0}, lease_until = {1}
            WHERE id IN (
                SELECT m.id FROM webhook_messages m JOIN webhook_endpoints e ON e.id = m.endpoint_id
                WHERE m.state = 'Pending' AND m.due_at <= {2} AND (m.lease_until IS NULL OR m.lease_until < {2})
                  AND e.enabled
                ORDER BY m.due_at
                LIMIT {3}
            """;
}
