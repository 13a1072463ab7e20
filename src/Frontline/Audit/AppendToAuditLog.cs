using Frontline.Events;

namespace Frontline.Audit;

/// <summary>
/// The one writer of the audit log: every event, one at a time in position order (<see cref="EventOrder.Global"/>), so
/// each row is sealed onto the last without any request waiting for another's hash. An event already logged is
/// skipped, since a delivery may come twice.
/// </summary>
internal sealed class AppendToAuditLog(FrontlineDb db) : IEventHandler
{
    public string Name => "audit";

    public bool Handles(string type) => true;

    public EventOrder Order => EventOrder.Global;

    public async Task HandleAsync(StoredEvent stored, CancellationToken ct)
    {
        await db.InTransactionAsync(async () =>
        {
            if (await db.AuditLog.AnyAsync(a => a.EventPosition == stored.Position, ct)) return 0;
            var previous = await db.AuditLog.OrderByDescending(a => a.Id).Select(a => a.Hash).FirstOrDefaultAsync(ct);
            var entry = AuditChain.From(stored);
            AuditChain.Seal(entry, previous ?? AuditChain.Genesis);
            db.AuditLog.Add(entry);
            return await db.SaveChangesAsync(ct);
        }, ct);
    }
}
