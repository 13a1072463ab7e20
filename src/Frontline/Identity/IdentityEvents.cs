using Frontline.Events;

namespace Frontline.Identity;

// no event carries a password, a key's secret or a hash of either

[EventType("identity.person-added", PersonalData = true,
    Description = "Someone was given a sign-in, with a role and teams.")]
public sealed record PersonAdded(long AgentId, string DisplayName, string Email, string Role,
    IReadOnlyList<long> TeamIds)
    : IEvent;

[EventType("identity.person-changed", PersonalData = true,
    Description = "A person's name, e-mail address, role or teams changed; the names of the changed fields.")]
public sealed record PersonChanged(long AgentId, string DisplayName, string Email, string Role,
    IReadOnlyList<long> TeamIds, IReadOnlyList<string> Fields) : IEvent;

[EventType("identity.person-deactivated", Description = "A person can no longer sign in; their sessions ended.")]
public sealed record PersonDeactivated(long AgentId) : IEvent;

[EventType("identity.person-reactivated", Description = "A deactivated person may sign in again.")]
public sealed record PersonReactivated(long AgentId) : IEvent;

[EventType("identity.password-changed",
    Description = "A person changed their password, or an admin reset it; their other sessions ended.")]
public sealed record PasswordChanged(long AgentId, bool ResetByAdmin) : IEvent;

[EventType("api-key.issued",
    Description = "An API key was issued, acting for one person or one service account (never its secret).")]
public sealed record ApiKeyIssued(long ApiKeyId, string Name, string Prefix, string Role, long? ActsForAgentId,
    long? ServiceAccountId) : IEvent;

[EventType("api-key.revoked", Description = "An API key was revoked: it no longer signs anyone in.")]
public sealed record ApiKeyRevoked(long ApiKeyId) : IEvent;

[EventType("service-account.changed", Description = "A service account was created, changed or deactivated.")]
public sealed record ServiceAccountChanged(long ServiceAccountId, string Name, long TeamId, bool ChangesCustomerData,
    bool Active) : IEvent;

[EventType("team.changed",
    Description = "A team was created, renamed, given members or a time zone, deactivated or reactivated.")]
public sealed record TeamChanged(long TeamId, string Name, string TimeZone, IReadOnlyList<long> MemberIds, bool Active)
    : IEvent;
