using System.Collections.Frozen;
using System.Reflection;

namespace Frontline.Events;

/// <summary>One event type: its stable name, version, whether it holds personal data, and its record type.</summary>
public sealed record EventTypeInfo(string Name, int Version, bool PersonalData, Type ClrType);

/// <summary>Every event type the product publishes, found once from the records that carry <see cref="EventTypeAttribute"/>.</summary>
public static class EventCatalog
{
    private static readonly FrozenDictionary<Type, EventTypeInfo> ByClr = typeof(IEvent).Assembly.GetTypes()
        .Where(t => t is { IsAbstract: false, IsClass: true } && typeof(IEvent).IsAssignableFrom(t))
        .Select(t => t.GetCustomAttribute<EventTypeAttribute>() is { } a
            ? new EventTypeInfo(a.Name, a.Version, a.PersonalData, t)
            : throw new InvalidOperationException($"{t.Name} is an event without [EventType]."))
        .ToFrozenDictionary(i => i.ClrType);

    private static readonly FrozenDictionary<string, EventTypeInfo> ByName = ByClr.Values.ToFrozenDictionary(i => i.Name);

    public static IReadOnlyCollection<EventTypeInfo> All => ByClr.Values;

    public static EventTypeInfo Of(Type type) =>
        ByClr.TryGetValue(type, out var info) ? info : throw new InvalidOperationException($"{type.Name} is not an event type.");

    public static EventTypeInfo? Named(string name) => ByName.GetValueOrDefault(name);
}
