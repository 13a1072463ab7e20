using Frontline.Channels.Chat;
using Frontline.Touchpoints;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Logging;

namespace Frontline.Live;

/// <summary>
/// Passes committed changes on: "caseChanged" to the agents watching each case, "customerChanged" to those watching
/// a customer whose timeline grew, and every chat line meant for the customer to the visitor's widget. A failure to tell is logged, never the writer's problem: the data is committed.
/// </summary>
internal sealed class LiveUpdates(IHubContext<LiveHub> agents, IHubContext<ChatHub> visitors, ILogger<LiveUpdates> log) : IChangeListener
{
    public async Task ChangedAsync(CommittedChanges changes, CancellationToken ct)
    {
        try
        {
            foreach (var caseId in changes.CaseIds)
                await agents.Clients.Group(LiveHub.CaseGroup(caseId)).SendAsync("caseChanged", caseId, CancellationToken.None);
            if (changes.CaseIds.Count > 0)
                await agents.Clients.Group(LiveHub.QueuesGroup).SendAsync("queuesChanged", changes.CaseIds.ToArray(), CancellationToken.None);
            foreach (var customerId in changes.Touchpoints.Select(t => t.CustomerId).Distinct())
                await agents.Clients.Group(LiveHub.CustomerGroup(customerId)).SendAsync("customerChanged", customerId, CancellationToken.None);
            foreach (var t in changes.Touchpoints)
            {
                if (t is not { Channel: Channel.Chat, CaseId: { } caseId } || t.Direction == Direction.Internal) continue;
                await visitors.Clients.Group(ChatHub.Group(caseId)).SendAsync("message", ChatMessage.Of(t), CancellationToken.None);
            }
        }
        catch (Exception e)
        {
            log.LogWarning(e, "Could not tell live screens about changes to cases {Cases}", string.Join(", ", changes.CaseIds));
        }
    }
}
