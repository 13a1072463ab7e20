using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Frontline.Webhooks;

/// <summary>Wakes this node's sender when messages were written; other nodes find them on their next poll.</summary>
public sealed class WebhookSignal
{
    private readonly SemaphoreSlim signal = new(0, 1);

    public void Wake()
    {
        try { if (signal.CurrentCount == 0) signal.Release(); }
        catch (SemaphoreFullException) { /* already awake */ }
    }

    public Task<bool> WaitAsync(TimeSpan poll, CancellationToken ct) => signal.WaitAsync(poll, ct);
}

/// <summary>
/// Sends due messages. Each round claims a batch with a lease (<c>FOR UPDATE SKIP LOCKED</c> on PostgreSQL, so several
/// nodes never send the same attempt at once; SQLite's single writer does the same there) and sends them side by side.
/// A node that dies mid-send loses its lease, and another node sends the message again with the same webhook-id.
/// </summary>
internal sealed class WebhookSender(
    IServiceScopeFactory scopes, WebhookSignal signal, WebhookOptions options, WebhookDelivery delivery, TimeProvider clock,
    ILogger<WebhookSender> log) : BackgroundService
{
    private readonly SemaphoreSlim round = new(1, 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Send) return;
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await RoundAsync(stoppingToken) == 0) await signal.WaitAsync(options.Poll, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                log.LogWarning(e, "The webhook sender's round failed; it tries again shortly");
                await Task.Delay(options.Poll, clock, stoppingToken).ContinueWith(_ => { }, CancellationToken.None);
            }
        }
    }

    /// <summary>Runs rounds until no message is due now.</summary>
    public async Task DrainAsync(CancellationToken ct)
    {
        while (await RoundAsync(ct) > 0) { }
    }

    public async Task<int> RoundAsync(CancellationToken ct)
    {
        await round.WaitAsync(ct);
        try
        {
            var claimed = await ClaimAsync(ct);
            await Parallel.ForEachAsync(claimed, new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism, CancellationToken = ct },
                async (message, token) => await delivery.SendAsync(message, token));
            return claimed.Count;
        }
        finally
        {
            round.Release();
        }
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
