using Frontline.Identity;

namespace Frontline.Touchpoints;

/// <summary>A touchpoint on a case written by Frontline itself: a note for the team, or a message to the customer.</summary>
public static class CaseTouch
{
    /// <summary>Frontline itself, acting on its own (a scheduled job, a reaction to an event).</summary>
    public static readonly Actor Frontline = new(null, null, "Frontline", Roles.Agent);

    /// <param name="actor">Who acted; none for scheduled work.</param>
    public static Touchpoint Of(long customerId, long caseId, Channel channel, Actor? actor, DateTime now, string body,
        Direction direction = Direction.Internal) => new()
        {
            CustomerId = customerId, CaseId = caseId, Channel = channel, Direction = direction, OccurredAt = now, RecordedAt = now,
            Author = actor?.Name ?? "Frontline", AuthorAgentId = actor?.AgentId, Body = body,
        };
}
