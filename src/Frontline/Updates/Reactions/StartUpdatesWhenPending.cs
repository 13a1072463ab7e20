using Frontline.Cases;
using Frontline.Events;

namespace Frontline.Updates.Reactions;

/// <summary>
/// A case that could not close at first contact goes pending: its category's rule keeps the customer informed
/// (<see cref="ProactiveUpdates.StartByRuleAsync"/>, which leaves a case with a plan alone, so a second delivery adds nothing).
/// </summary>
internal sealed class StartUpdatesWhenPending(FrontlineDb db, TimeProvider clock) : IEventHandler
{
    public string Name => "updates-by-rule";

    public bool Handles(string type) => type == "case.status-changed";

    public async Task HandleAsync(StoredEvent stored, CancellationToken ct)
    {
        var changed = stored.Read<CaseStatusChanged>();
        if (changed.To != CaseStatus.Pending) return;
        var @case = await db.Cases.AsNoTracking()
            .FirstOrDefaultAsync(c => c.Id == changed.CaseId && c.Status == CaseStatus.Pending, ct);
        if (@case is null) return;
        await ProactiveUpdates.StartByRuleAsync(db, @case, clock.GetUtcNow().UtcDateTime, ct);
        await db.SaveChangesAsync(ct);
    }
}
