using Frontline.Events;
using Frontline.Identity;

namespace Frontline.Data;

public static class PublishedWrites
{
    /// <summary>
    /// Saves the change, then publishes the event built from the ids the database just gave it and saves again, in
    /// one transaction: the change and its event are written together or not at all.
    /// </summary>
    public static Task SaveAndPublishAsync<T>(this FrontlineDb db, Actor actor, DateTime now, Func<T> @event,
        CancellationToken ct) where T : class, IEvent =>
        db.InTransactionAsync(async () =>
        {
            await db.SaveChangesAsync(ct);
            db.Publish(actor, now, @event());
            return await db.SaveChangesAsync(ct);
        }, ct);
}
