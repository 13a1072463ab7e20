namespace Frontline.Events;

/// <summary>How a handler's deliveries are ordered.</summary>
public enum EventOrder
{
    /// <summary>In position order per case (else per customer); different cases run side by side.</summary>
    PerCase,
    /// <summary>One at a time in position order: for a handler that extends a chain, such as the audit log.</summary>
    Global,
}

/// <summary>
/// Takes events after they are committed, at least once: a handler must be idempotent (the same event may come
/// twice after a node dies mid-delivery). Registered with <see cref="EventsModule.AddEventHandler{T}"/>; resolved in a
/// scope of its own for every delivery.
/// </summary>
public interface IEventHandler
{
    /// <summary>A stable name stored with each delivery ("webhooks", "audit"): never rename a handler in use.</summary>
    string Name { get; }

    /// <summary>Whether this handler takes events of this type (decided when the event is published).</summary>
    bool Handles(string type);

    EventOrder Order => EventOrder.PerCase;

    Task HandleAsync(StoredEvent stored, CancellationToken ct);
}

/// <summary>
/// A handler that takes a round's events together, so many cost one transaction instead of one each. The dispatcher
/// hands it every delivery of its own it claimed in a round, in position order (which keeps each case's order); when
/// the batch throws, the same deliveries are run one at a time, so the failing event is found, retried and parked
/// alone.
/// </summary>
public interface IBatchEventHandler : IEventHandler
{
    Task HandleAsync(IReadOnlyList<StoredEvent> events, CancellationToken ct);

    /// <summary>One event is a batch of one.</summary>
    Task IEventHandler.HandleAsync(StoredEvent stored, CancellationToken ct) => HandleAsync([stored], ct);
}
