using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Frontline.Events;

/// <summary>Wakes this node's dispatcher; other nodes find the events on their next poll.</summary>
public sealed class EventSignal : WakeSignal;

/// <summary>
/// Stamps each published event with the address the request came from, and wakes the dispatcher once the events are
/// committed: straight after a save outside a transaction, else when the transaction commits (never on rollback).
/// </summary>
internal sealed class OutboxInterceptor(EventSignal signal, Func<string?> address) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, object> published = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed(eventData.Context);
        return Task.CompletedTask;
    }

    private void Stamp(DbContext? context)
    {
        if (context is null) return;
        string? from = null;
        foreach (var entry in context.ChangeTracker.Entries<StoredEvent>())
        {
            if (entry.State != EntityState.Added) continue;
            published.AddOrUpdate(context, this);
            if (entry.Entity.ActorAddress is null) entry.Entity.ActorAddress = from ??= address();
        }
    }

    private void Saved(DbContext? context)
    {
        if (context is null || !published.TryGetValue(context, out _)) return;
        if (context.Database.CurrentTransaction is not null) return;
        published.Remove(context);
        signal.Wake();
    }

    private void Committed(DbContext? context)
    {
        if (context is null || !published.TryGetValue(context, out _)) return;
        published.Remove(context);
        signal.Wake();
    }
}
