using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Frontline.Events;

/// <summary>
/// Hands committed events to their handlers. Each round it fans new events out into one delivery per subscribed
/// handler, claims due deliveries with a lease (<c>FOR UPDATE SKIP LOCKED</c> on PostgreSQL, so several nodes never
/// take the same one; SQLite's single writer does the same there), and runs them: in position order per case for
/// each handler, side by side across cases and handlers. A handler that throws is retried with backoff and holds back
/// only its own later events of that case; after <see cref="EventOptions.MaxAttempts"/> it is parked for an admin.
/// </summary>
public sealed class EventDispatcher(
    IServiceScopeFactory scopes, EventSignal signal, EventOptions options, TimeProvider clock, ILogger<EventDispatcher> log)
    : RoundWorker(signal, log)
{
    private const int Parallelism = 4;
    /// <summary>The PostgreSQL advisory lock that lets one node at a time fan events out.</summary>
    private const long FanOutLock = 0x4652_4F4E_544C;
    /// <summary>The PostgreSQL advisory lock that makes claims one at a time across nodes.</summary>
    private const long ClaimLock = 0x4652_4F4E_544D;
    private static readonly TimeSpan PurgeEvery = TimeSpan.FromMinutes(10);
    /// <summary>How long finished deliveries are kept (the events themselves stay).</summary>
    public static readonly TimeSpan KeepDone = TimeSpan.FromDays(7);

    private DateTime lastPurge = DateTime.MinValue;

    protected override bool Runs => options.Dispatch;

    protected override TimeSpan Poll => options.Poll;

    /// <summary>One round: fan out, claim, run. Returns how much work it found.</summary>
    protected override async Task<int> RunRoundAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FrontlineDb>();
        var handlers = scope.ServiceProvider.GetServices<IEventHandler>().ToList();
        var fanned = await FanOutAsync(db, handlers, ct);
        var claimed = await ClaimAsync(db, ct);
        var done = new ConcurrentBag<(long Id, string? Token)>();
        var batched = handlers.OfType<IBatchEventHandler>().Select(h => h.Name).ToHashSet();
        // a batch handler's deliveries go as one piece of work; the others' as one run per order key
        var work = claimed.GroupBy(d => batched.Contains(d.Handler) ? $"batch:{d.Handler}" : d.OrderKey ?? $"#{d.Id}")
            .Select(g => (Batch: batched.Contains(g.First().Handler), Run: g.OrderBy(d => d.EventPosition).ToList()));
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = ct };
        await Parallel.ForEachAsync(work, parallel, async (w, token) =>
        {
            if (w.Batch && await RunBatchAsync(w.Run, done, token)) return;
            foreach (var run in w.Run.GroupBy(d => d.OrderKey ?? $"#{d.Id}"))
                await RunInOrderAsync(run.ToList(), done, token);
        });
        await MarkDoneAsync(db, done, ct);
        await PurgeAsync(db, ct);
        return fanned + claimed.Count;
    }

    private async Task<int> FanOutAsync(FrontlineDb db, IReadOnlyList<IEventHandler> handlers, CancellationToken ct)
    {
        // one node fans out at a time, in position order, so a case's deliveries are written in the order of its events:
        // on PostgreSQL the others skip this step while one holds the lock; SQLite's transactions take the write lock
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (db.Database.IsNpgsql()
            && !await db.Database.SqlQueryRaw<bool>("SELECT pg_try_advisory_xact_lock({0}) AS \"Value\"", FanOutLock).SingleAsync(ct))
            return 0;
        var events = await db.Events.AsNoTracking().Where(e => !e.FannedOut).OrderBy(e => e.Position).Take(options.Batch).ToListAsync(ct);
        if (events.Count == 0) return 0;
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var e in events)
        {
            foreach (var handler in handlers.Where(h => h.Handles(e.Type)))
            {
                db.EventDeliveries.Add(new EventDelivery
                {
                    EventPosition = e.Position, Handler = handler.Name, OrderKey = OrderKey(handler, e),
                    State = DeliveryState.Pending, DueAt = now,
                });
            }
        }
        await db.SaveChangesAsync(ct);
        var positions = events.Select(e => e.Position).ToList();
        await db.Events.Where(e => positions.Contains(e.Position)).ExecuteUpdateAsync(s => s.SetProperty(e => e.FannedOut, true), ct);
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return events.Count;
    }

    private static string? OrderKey(IEventHandler handler, StoredEvent e) => handler.Order switch
    {
        EventOrder.Global => "*",
        _ => e.CaseId is { } caseId ? $"case:{caseId}" : e.CustomerId is { } customerId ? $"customer:{customerId}" : null,
    };

    private async Task<List<EventDelivery>> ClaimAsync(FrontlineDb db, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var token = Guid.NewGuid().ToString("N");
        // claims are made one at a time (PostgreSQL: an advisory lock; SQLite: one UPDATE under the write lock), so a claim
        // sees every earlier one and takes a case's free deliveries in a run, never out of order with another node
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            if (db.Database.IsNpgsql()) await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock({0})", [ClaimLock], ct);
            await db.Database.ExecuteSqlRawAsync(ClaimSql, [token, now + options.Lease, now, options.Batch], ct);
            await tx.CommitAsync(ct);
        }
        return await db.EventDeliveries.AsNoTracking().Include(d => d.Event)
            .Where(d => d.ClaimToken == token).ToListAsync(ct);
    }

    private const string ClaimSql = """
            UPDATE event_deliveries SET claim_token = {0}, lease_until = {1}
            WHERE id IN (
                SELECT d.id FROM event_deliveries d
                WHERE d.state = 'Pending' AND d.due_at <= {2} AND (d.lease_until IS NULL OR d.lease_until < {2})
                  AND NOT EXISTS (SELECT 1 FROM event_deliveries e
                      WHERE e.handler = d.handler AND e.order_key = d.order_key
                        AND e.event_position < d.event_position AND e.state = 'Pending'
                        AND (e.due_at > {2} OR e.lease_until >= {2}))
                ORDER BY d.event_position
                LIMIT {3})
            """;

    /// <summary>
    /// Runs one order key's claimed deliveries in position order; when one fails, the rest are let go unrun, to be
    /// claimed again once the failed one has gone through.
    /// </summary>
    private async Task RunInOrderAsync(List<EventDelivery> run, ConcurrentBag<(long, string?)> done,
        CancellationToken ct)
    {
        for (var i = 0; i < run.Count; i++)
        {
            if (await RunAsync(run[i], ct))
            {
                done.Add((run[i].Id, run[i].ClaimToken));
                continue;
            }
            var rest = run.Skip(i + 1).Select(d => d.Id).ToList();
            if (rest.Count == 0) return;
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<FrontlineDb>();
            var token = run[i].ClaimToken;
            await db.EventDeliveries.Where(d => rest.Contains(d.Id) && d.ClaimToken == token)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.LeaseUntil, (DateTime?)null).SetProperty(d => d.ClaimToken, (string?)null),
                    CancellationToken.None);
            return;
        }
    }

    /// <summary>Hands a batch handler its claimed deliveries at once; false (none done) if the batch throws.</summary>
    private async Task<bool> RunBatchAsync(List<EventDelivery> run, ConcurrentBag<(long, string?)> done,
        CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        try
        {
            var handler = scope.ServiceProvider.GetServices<IEventHandler>().OfType<IBatchEventHandler>()
                .First(h => h.Name == run[0].Handler);
            await handler.HandleAsync(run.Select(d => d.Event!).ToList(), ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            Log.LogInformation(e, "Handler {Handler} failed on a batch of {Count}; its events run one at a time",
                run[0].Handler, run.Count);
            return false;
        }
        foreach (var d in run) done.Add((d.Id, d.ClaimToken));
        return true;
    }

    private async Task<bool> RunAsync(EventDelivery delivery, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FrontlineDb>();
        var mine = db.EventDeliveries.Where(d => d.Id == delivery.Id && d.ClaimToken == delivery.ClaimToken);
        try
        {
            var handler = scope.ServiceProvider.GetServices<IEventHandler>().FirstOrDefault(h => h.Name == delivery.Handler)
                ?? throw new InvalidOperationException($"No handler named {delivery.Handler} runs here.");
            await handler.HandleAsync(delivery.Event!, ct);
            return true;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (EventNotDueException e)
        {
            await mine.ExecuteUpdateAsync(s => s.SetProperty(d => d.DueAt, e.DueAt)
                .SetProperty(d => d.LeaseUntil, (DateTime?)null), CancellationToken.None);
            return false;
        }
        catch (Exception e)
        {
            var attempts = delivery.Attempts + 1;
            var park = attempts >= options.MaxAttempts;
            var error = $"{e.GetType().Name}: {e.Message}";
            if (error.Length > EventDelivery.MaxErrorLength) error = error[..EventDelivery.MaxErrorLength];
            var due = clock.GetUtcNow().UtcDateTime + options.Backoff(attempts);
            Log.LogWarning(e, "Handler {Handler} failed on event {Position} (attempt {Attempts}){Parked}",
                delivery.Handler, delivery.EventPosition, attempts, park ? "; parked" : "");
            await mine.ExecuteUpdateAsync(s => s
                .SetProperty(d => d.State, park ? DeliveryState.Parked : DeliveryState.Pending)
                .SetProperty(d => d.Attempts, attempts).SetProperty(d => d.DueAt, due)
                .SetProperty(d => d.LastError, error).SetProperty(d => d.LeaseUntil, (DateTime?)null), CancellationToken.None);
            return false;
        }
    }

    /// <summary>
    /// Marks a round's successful deliveries done in one write (a handful of statements, not one commit each): a node
    /// that dies before this runs them again, which at-least-once delivery allows.
    /// </summary>
    private async Task MarkDoneAsync(FrontlineDb db, IReadOnlyCollection<(long Id, string? Token)> done, CancellationToken ct)
    {
        if (done.Count == 0) return;
        var at = clock.GetUtcNow().UtcDateTime;
        foreach (var chunk in done.Chunk(500))
        {
            var ids = chunk.Select(d => d.Id).ToList();
            var tokens = chunk.Select(d => d.Token).Distinct().ToList();
            await db.EventDeliveries.Where(d => ids.Contains(d.Id) && tokens.Contains(d.ClaimToken))
                .ExecuteUpdateAsync(s => s
                    .SetProperty(d => d.State, DeliveryState.Done).SetProperty(d => d.DoneAt, at)
                    .SetProperty(d => d.Attempts, d => d.Attempts + 1).SetProperty(d => d.LeaseUntil, (DateTime?)null),
                    CancellationToken.None);
        }
    }

    private async Task PurgeAsync(FrontlineDb db, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (now - lastPurge < PurgeEvery) return;
        lastPurge = now;
        var before = now - KeepDone;
        await db.EventDeliveries.Where(d => d.State == DeliveryState.Done && d.DoneAt < before).ExecuteDeleteAsync(ct);
    }
}
