using Frontline.Channels.Email;
using Frontline.Events;

namespace Frontline.Cases.Reactions;

/// <summary>
/// A case just resolved asks its customer to confirm (<see cref="CaseClosure.AskToConfirmAsync"/>), but only once the
/// agent's moment to undo the resolution has passed (<see cref="CaseClosure.UndoWindow"/>): until then the delivery
/// waits, and a resolution undone meanwhile asks nobody. Once per resolution: a case no longer resolved, or already
/// asked since this event, is left alone, so a second delivery asks nobody twice.
/// </summary>
internal sealed class AskToConfirmWhenResolved(FrontlineDb db, MailOptions mail, PublicLinks links,
    TimeProvider clock, IConfiguration configuration) : IEventHandler
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
        var now = clock.GetUtcNow().UtcDateTime;
        var askFrom = (@case.ResolvedAt ?? stored.OccurredAt) + CaseClosure.UndoWindow(configuration);
        if (askFrom > now) throw new EventNotDueException(askFrom);
        if (await CaseClosure.AskedSinceAsync(db, @case.Id, stored.OccurredAt, ct)) return;
        await db.InTransactionAsync(async () =>
        {
            await CaseClosure.AskToConfirmAsync(db, @case, mail, links, now, ct);
            return 0;
        }, ct);
    }
}
