namespace Frontline.Events;

/// <summary>
/// A fact a module publishes: a small public record in the module's <c>&lt;Module&gt;Events.cs</c>, annotated with
/// <see cref="EventTypeAttribute"/>. It is written in the same transaction as the change it describes.
/// </summary>
public interface IEvent;

/// <summary>An event about one customer: handlers and the catalogue can find every fact about them.</summary>
public interface ICustomerEvent : IEvent
{
    long CustomerId { get; }
}

/// <summary>An event about one case (and so its customer): delivered in order per case.</summary>
public interface ICaseEvent : ICustomerEvent
{
    long CaseId { get; }
}

/// <summary>An event about a customer that concerns a case when it has one (a touchpoint, a chat).</summary>
public interface IMayConcernCase : ICustomerEvent
{
    long? CaseId { get; }
}

/// <summary>
/// The stable name of an event type (<c>case.opened</c>), the version of its shape, and whether it carries personal
/// data (a name, an address, a message's text): the catalogue in docs/EVENTS.md lists all three.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class EventTypeAttribute(string name) : Attribute
{
    public string Name { get; } = name;
    public int Version { get; init; } = 1;
    public bool PersonalData { get; init; }
    /// <summary>One sentence for the catalogue: when it is published.</summary>
    public string Description { get; init; } = "";
}
