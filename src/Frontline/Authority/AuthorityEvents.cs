using Frontline.Events;

namespace Frontline.Authority;

[EventType("authority-grant.changed", Description = "An authority grant was created, changed or withdrawn.")]
public sealed record AuthorityGrantChanged(long GrantId, HolderKind HolderKind, string Holder, bool Active) : IEvent;
