namespace Frontline.Data;

public static class AtomicWrites
{
    /// <summary>
    /// Runs <paramref name="work"/> in one transaction, so its writes land together or not at all; inside a
    /// transaction already open (the idempotency middleware's) it simply joins it.
    /// </summary>
    public static async Task<T> InTransactionAsync<T>(this FrontlineDb db, Func<Task<T>> work, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is not null) return await work();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var result = await work();
        await tx.CommitAsync(ct);
        return result;
    }
}
