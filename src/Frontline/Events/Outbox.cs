using System.Text.Json;
using Frontline.Identity;

namespace Frontline.Events;

/// <summary>
/// Publishing: the event is added to the same context as the change, so the one <c>SaveChanges</c> (or the
/// transaction around several) writes both or neither. Handlers hear of it only after the commit.
/// </summary>
public static class Outbox
{
    public static StoredEvent Publish<T>(this FrontlineDb db, Actor actor, DateTime now,
        T @event) where T : class, IEvent
    {
        var info = EventCatalog.Of(typeof(T));
        var stored = new StoredEvent
        {
            Type = info.Name, SchemaVersion = info.Version, OccurredAt = now,
            CaseId = (@event as ICaseEvent)?.CaseId ?? (@event as IMayConcernCase)?.CaseId, CustomerId = (@event as ICustomerEvent)?.CustomerId,
            ActorAgentId = actor.AgentId, ActorApiKeyId = actor.ApiKeyId, ActorServiceAccountId = actor.ServiceAccountId,
            ActorName = actor.Name, Payload = JsonSerializer.Serialize(@event, EventJson.Options),
        };
        db.Events.Add(stored);
        return stored;
    }
}
