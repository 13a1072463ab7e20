using Frontline.Live;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Logging;

namespace Frontline.Notifications;

/// <summary>
/// Tells every open screen of a person (their group on the live hub, across nodes with the backplane) how many of their
/// notifications are unread, after the change is committed. A failure to tell is logged: the data is already saved.
/// </summary>
public sealed class UnreadCounts(IHubContext<LiveHub> hub, ILogger<UnreadCounts> log)
{
    public const string Message = "notificationsChanged";

    public static Task<int> OfAsync(FrontlineDb db, long agentId, CancellationToken ct) =>
        db.Set<Notification>().CountAsync(n => n.RecipientId == agentId && n.ReadAt == null, ct);

    public async Task TellAsync(FrontlineDb db, IEnumerable<long> people, CancellationToken ct)
    {
        foreach (var person in people.Distinct())
        {
            try
            {
                var unread = await OfAsync(db, person, ct);
                await hub.Clients.Group(LiveHub.PersonGroup(person)).SendAsync(Message, unread, CancellationToken.None);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Could not tell person {Person} their unread notifications", person);
            }
        }
    }
}
