using Frontline.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Frontline.Live;

/// <summary>
/// The agents' live line (at /live): a screen watches the cases it shows and hears "caseChanged" with the case's
/// id whenever a colleague, the customer or a scheduled job commits a change to it; a customer's page hears
/// "customerChanged" for each new touchpoint of theirs; a queue screen hears "queuesChanged" for any case.
/// </summary>
[Authorize(Policy = Policies.FrontLine)]
public sealed class LiveHub : Hub
{
    public const string Path = "/live";

    public static string CaseGroup(long caseId) => $"case-{caseId}";

    /// <summary>
    /// Every screen of one person, on any node: told "notificationsChanged" with their unread count. A connection joins
    /// its person's group as it opens, so nobody can listen to someone else's.
    /// </summary>
    public static string PersonGroup(long agentId) => $"person-{agentId}";

    public override async Task OnConnectedAsync()
    {
        if (Context.User is { } user && Actor.Of(user).AgentId is { } me)
            await Groups.AddToGroupAsync(Context.ConnectionId, PersonGroup(me), Context.ConnectionAborted);
        await base.OnConnectedAsync();
    }

    /// <summary>Screens showing queues: told of every change to any case ("queuesChanged").</summary>
    public const string QueuesGroup = "queues";

    public Task WatchQueues() => Groups.AddToGroupAsync(Context.ConnectionId, QueuesGroup, Context.ConnectionAborted);

    public static string CustomerGroup(long customerId) => $"customer-{customerId}";

    /// <summary>A customer's page: told of every committed touchpoint of theirs, on any channel ("customerChanged").</summary>
    public Task WatchCustomer(long customerId) => Groups.AddToGroupAsync(Context.ConnectionId,
        CustomerGroup(customerId), Context.ConnectionAborted);

    public Task UnwatchCustomer(long customerId) => Groups.RemoveFromGroupAsync(Context.ConnectionId,
        CustomerGroup(customerId), Context.ConnectionAborted);

    public Task WatchCase(long caseId) => Groups.AddToGroupAsync(Context.ConnectionId, CaseGroup(caseId),
        Context.ConnectionAborted);

    /// <summary>Tells every screen of one agent, on any node, that a call has reached them ("callStarted").</summary>
    public static Task PopAsync(IHubContext<LiveHub> hub, long agentId, Touchpoints.ScreenPop pop) =>
        hub.Clients.User(agentId.ToString(System.Globalization.CultureInfo.InvariantCulture)).SendAsync("callStarted", pop, CancellationToken.None);

    public Task UnwatchCase(long caseId) => Groups.RemoveFromGroupAsync(Context.ConnectionId, CaseGroup(caseId),
        Context.ConnectionAborted);
}
