using Frontline.Events;

namespace Frontline.Audit;

/// <summary>
/// The one writer of the audit log: every event, in position order (<see cref="EventOrder.Global"/>), so each row is
/// sealed onto the last without any request waiting for another's hash. A round's events are sealed in one
/// transaction; an event already logged is skipped, since a delivery may come twice.
/// </summary>
internal sealed class AppendToAuditLog(FrontlineDb db) : IBatchEventHandler
{
    public string Name => "audit";

    public bool Handles(string type) => true;

    public EventOrder Order => EventOrder.Global;

    public async Task HandleAsync(IReadOnlyList<StoredEvent> events, CancellationToken ct)
    {
        await db.InTransactionAsync(async () =>
        {
            var positions = events.Select(e => e.Position).ToList();
            var logged = (await db.AuditLog.Where(a => positions.Contains(a.EventPosition)).Select(a => a.EventPosition)
                .ToListAsync(ct)).ToHashSet();
            var previous = await db.AuditLog.OrderByDescending(a => a.Id).Select(a => a.Hash).FirstOrDefaultAsync(ct)
                ?? AuditChain.Genesis;
            foreach (var stored in events.Where(e => logged.Add(e.Position)).OrderBy(e => e.Position))
            {
                var entry = AuditChain.From(stored);
                AuditChain.Seal(entry, previous);
                db.AuditLog.Add(entry);
                previous = entry.Hash;
            }
            return await db.SaveChangesAsync(ct);
        }, ct);
    }
}
