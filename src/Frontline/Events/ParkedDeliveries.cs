namespace Frontline.Events;

public sealed record ParkedDeliveryView(long Id, string Handler, long EventPosition, string EventType, DateTime OccurredAt,
    long? CaseId, int Attempts, string? LastError, DateTime LastTriedAt);

/// <summary>Deliveries a handler kept failing: admins see the error and send them round again once the cause is fixed.</summary>
public static class ParkedDeliveries
{
    public static Task<List<ParkedDeliveryView>> LoadAsync(FrontlineDb db, CancellationToken ct) =>
        db.EventDeliveries.AsNoTracking().Where(d => d.State == DeliveryState.Parked)
            .OrderBy(d => d.EventPosition).Take(500)
            .Select(d => new ParkedDeliveryView(d.Id, d.Handler, d.EventPosition, d.Event!.Type, d.Event.OccurredAt, d.Event.CaseId,
                d.Attempts, d.LastError, d.DueAt))
            .ToListAsync(ct);

    /// <summary>Puts a parked delivery back in line, due now, with a fresh count of attempts.</summary>
    public static async Task<bool> RetryAsync(FrontlineDb db, long id, DateTime now, EventSignal signal, CancellationToken ct)
    {
        var changed = await db.EventDeliveries.Where(d => d.Id == id && d.State == DeliveryState.Parked)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.State, DeliveryState.Pending).SetProperty(d => d.Attempts, 0)
                .SetProperty(d => d.DueAt, now).SetProperty(d => d.LeaseUntil, (DateTime?)null), ct);
        if (changed > 0) signal.Wake();
        return changed > 0;
    }

    internal static async Task<Ok<List<ParkedDeliveryView>>> ListAsync(FrontlineDb db, CancellationToken ct) =>
        TypedResults.Ok(await LoadAsync(db, ct));

    internal static async Task<Results<NoContent, NotFound>> RetryEndpointAsync(long id, FrontlineDb db, TimeProvider clock, EventSignal signal,
        CancellationToken ct) =>
        await RetryAsync(db, id, clock.GetUtcNow().UtcDateTime, signal, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
}
