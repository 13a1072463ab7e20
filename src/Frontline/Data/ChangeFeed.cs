using System.Data.Common;
using System.Runtime.CompilerServices;
using Frontline.Touchpoints;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Frontline.Data;

/// <summary>What one committed unit of work changed: the cases touched and the touchpoints written.</summary>
public sealed record CommittedChanges(IReadOnlySet<long> CaseIds, IReadOnlyList<Touchpoint> Touchpoints);

/// <summary>Told about every committed change to cases and every new touchpoint, after the commit, so live screens never show what was rolled back.</summary>
public interface IChangeListener
{
    Task ChangedAsync(CommittedChanges changes, CancellationToken ct);
}

/// <summary>
/// Watches what a context saves and tells the listener once it is committed: straight after the save when no
/// transaction is open, else when the transaction commits (and never when it rolls back). Bulk updates
/// (<c>ExecuteUpdate</c>) are not seen; the writes that matter to a live screen add a touchpoint or save a case.
/// </summary>
internal sealed class ChangeFeed(IChangeListener listener) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private sealed class Pending
    {
        public readonly HashSet<long> CaseIds = [];
        public readonly List<Touchpoint> Touchpoints = [];
        public bool Any => CaseIds.Count > 0 || Touchpoints.Count > 0;

        public void Take(Pending other)
        {
            CaseIds.UnionWith(other.CaseIds);
            Touchpoints.AddRange(other.Touchpoints);
            other.CaseIds.Clear();
            other.Touchpoints.Clear();
        }
    }

    // per context: what the save under way is writing, and what it has saved but not yet committed
    private readonly ConditionalWeakTable<DbContext, Pending> saving = new();
    private readonly ConditionalWeakTable<DbContext, Pending> pending = new();

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not { } context) return result;
        Saved(context);
        if (context.Database.CurrentTransaction is null) await FlushAsync(context, cancellationToken);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is not { } context) return result;
        Saved(context);
        if (context.Database.CurrentTransaction is null) FlushAsync(context, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is { } context) saving.Remove(context);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context) await FlushAsync(context, cancellationToken);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } context) FlushAsync(context, CancellationToken.None).GetAwaiter().GetResult();
    }

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    private void Collect(DbContext? context)
    {
        if (context is null) return;
        var into = saving.GetOrCreateValue(context);
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            switch (entry.Entity)
            {
                case Cases.Case c when entry.State != EntityState.Added:
                    into.CaseIds.Add(c.Id);
                    break;
                case Touchpoint t when entry.State == EntityState.Added:
                    // on a new case the id is known only after the save: it is read from the touchpoint then
                    into.Touchpoints.Add(t);
                    break;
                case Approvals.ApprovalRequest a:
                    into.CaseIds.Add(a.CaseId);
                    break;
                case Cases.ElasticRecord r:
                    into.CaseIds.Add(r.CaseId);
                    break;
                case Gestures.Gesture g:
                    into.CaseIds.Add(g.CaseId);
                    break;
            }
        }
    }

    // the save went through: its changes wait for the commit (a save's own transaction commits before this runs)
    private void Saved(DbContext context)
    {
        if (saving.TryGetValue(context, out var saved)) pending.GetOrCreateValue(context).Take(saved);
    }

    private async Task FlushAsync(DbContext context, CancellationToken ct)
    {
        if (!pending.TryGetValue(context, out var changes) || !changes.Any) return;
        pending.Remove(context);
        foreach (var t in changes.Touchpoints) if (t.CaseId is { } id) changes.CaseIds.Add(id);
        await listener.ChangedAsync(new CommittedChanges(changes.CaseIds, changes.Touchpoints), ct);
    }

    private void Forget(DbContext? context)
    {
        if (context is not null) pending.Remove(context);
    }

    // a transaction disposed without commit or rollback leaves its saves behind: a new one starts clean (a save's own
    // transaction starts after its changes were noted as "saving", so they are kept)
    public ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result,
        CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        Forget(eventData.Context);
        return result;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Forget(eventData.Context);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }
}
