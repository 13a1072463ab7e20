using Frontline.Channels.Email;
using Frontline.Events;
using Frontline.Touchpoints;

namespace Frontline.Channels.Outbound;

/// <summary>
/// Mail leaves as soon as it is committed: every e-mail queued (an agent's reply, a closure question, an update, a
/// form's confirmation, a portal link) is an outbound e-mail touchpoint, so its touchpoint.recorded sends it. Sending
/// claims the message first (<see cref="MailOutbox.DeliverAsync"/>), so a second delivery sends nothing twice; a
/// failed attempt stays queued for Jobs/DeliverMailJob.
/// </summary>
internal sealed class DeliverQueuedMail(FrontlineDb db, MailOutbox outbox) : IEventHandler
{
    public string Name => "mail";

    public bool Handles(string type) => type == "touchpoint.recorded";

    public async Task HandleAsync(StoredEvent stored, CancellationToken ct)
    {
        var recorded = stored.Read<TouchpointRecorded>();
        if (recorded is not { Channel: Channel.Email, Direction: Direction.Outbound }) return;
        var queued = await db.OutboundEmails.AsNoTracking()
            .Where(m => m.TouchpointId == recorded.TouchpointId && m.Status == DeliveryStatus.Queued).Select(m => m.Id).ToListAsync(ct);
        foreach (var id in queued) await outbox.DeliverAsync(id, ct);
    }
}
