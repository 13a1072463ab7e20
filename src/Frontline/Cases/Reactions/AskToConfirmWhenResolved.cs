using Frontline.Channels.Email;
using Frontline.Events;

namespace Frontline.Cases.Reactions;

/// <summary>
/// A case just resolved asks its customer to confirm (<see cref="CaseClosure.AskToConfirmAsync"/>). Once per
/// resolution: a case no longer resolved, or already asked since this event, is left alone, so a second delivery asks
/// nobody twice.
/// </summary>
internal sealed class AskToConfirmWhenResolved(FrontlineDb db, MailOptions mail, PublicLinks links,
    TimeProvider clock) : IEventHandler
{
    public string Name => "closure";

    public bool Handles(string type) => type == "case.status-changed";

    public async Task HandleAsync(StoredEvent stored, CancellationToken ct)
    {
        var changed = stored.Read<CaseStatusChanged>();
        if (changed.To != CaseStatus.Resolved) return;
        var @case = await db.Cases.AsNoTracking()
            .FirstOrDefaultAsync(c => c.Id == changed.CaseId && c.Status == CaseStatus.Resolved, ct);
        if (@case is null) return;
        if (await db.Touchpoints.AnyAsync(t => t.CaseId == @case.Id && t.Outcome == CaseClosure.AskOutcome && t.RecordedAt >= stored.OccurredAt, ct))
            return;
        await db.InTransactionAsync(async () =>
        {
            await CaseClosure.AskToConfirmAsync(db, @case, mail, links, clock.GetUtcNow().UtcDateTime, ct);
            return 0;
        }, ct);
    }
}
