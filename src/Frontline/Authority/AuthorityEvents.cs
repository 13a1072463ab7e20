using Frontline.Events;

namespace Frontline.Authority;

[EventType("authority-grant.changed", Description = "An authority grant was created, changed or withdrawn.")]
public sealed record AuthorityGrantChanged(long GrantId, HolderKind HolderKind, string Holder, bool Active) : IEvent;

[EventType("gesture-kind.added", Description = "A manager defined a new kind of gesture.")]
public sealed record GestureKindAdded(long GestureKindId, string Code, string Name, bool MayBeFree) : IEvent;

[EventType("gesture-kind.changed",
    Description = "A manager renamed a kind of gesture or changed whether it may cost nothing.")]
public sealed record GestureKindChanged(long GestureKindId, string Code, string Name, bool MayBeFree) : IEvent;
