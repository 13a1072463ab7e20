using Frontline.Channels.Chat;
using Frontline.Events;
using Frontline.Touchpoints;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Logging;

namespace Frontline.Live;

/// <summary>
/// Tells the screens what was committed, from the events: "caseChanged" to the agents watching the case and
/// "queuesChanged" to the queue screens for every event about a case; "customerChanged" to those watching a customer
/// whose timeline grew; "callBacksChanged" to the screens of the person whose call-back it is; and every chat line
/// meant for the customer to the visitor's widget. A failure to tell is logged, never retried: the data is committed,
/// and a screen that missed it reloads on the next change.
/// </summary>
internal sealed class LiveScreens(FrontlineDb db, IHubContext<LiveHub> agents, IHubContext<ChatHub> visitors,
    ILogger<LiveScreens> log)
    : IEventHandler
{
    private static readonly string[] Prefixes = ["case.", "touchpoint.", "approval.", "gesture.", "chat.", "callback."];

    public string Name => "live";

    public bool Handles(string type) => Prefixes.Any(p => type.StartsWith(p, StringComparison.Ordinal));

    public async Task HandleAsync(StoredEvent stored, CancellationToken ct)
    {
        try
        {
            if (stored.CaseId is { } caseId)
            {
                await agents.Clients.Group(LiveHub.CaseGroup(caseId))
                    .SendAsync("caseChanged", caseId, CancellationToken.None);
                await agents.Clients.Group(LiveHub.QueuesGroup)
                    .SendAsync("queuesChanged", new[] { caseId }, CancellationToken.None);
            }
            if (stored.Type == "touchpoint.recorded") await TouchpointAsync(stored.Read<TouchpointRecorded>(), ct);
            // a call-back is its owner's alone: only their screens hear of it
            if (stored.Type.StartsWith("callback.", StringComparison.Ordinal) && stored.ActorAgentId is { } owner)
                await agents.Clients.Group(LiveHub.PersonGroup(owner))
                    .SendAsync("callBacksChanged", CancellationToken.None);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "Could not tell live screens about event {Position} ({Type})", stored.Position,
                stored.Type);
        }
    }

    private async Task TouchpointAsync(TouchpointRecorded recorded, CancellationToken ct)
    {
        await agents.Clients.Group(LiveHub.CustomerGroup(recorded.CustomerId))
            .SendAsync("customerChanged", recorded.CustomerId, CancellationToken.None);
        if (recorded is not
            {
                Channel: Channel.Chat,
                CaseId: { } caseId
            } || recorded.Direction == Direction.Internal) return;
        var line = await db.Touchpoints.AsNoTracking().FirstOrDefaultAsync(t => t.Id == recorded.TouchpointId, ct);
        if (line is not null) await visitors.Clients.Group(ChatHub.Group(caseId))
            .SendAsync("message", ChatMessage.Of(line), CancellationToken.None);
    }
}
