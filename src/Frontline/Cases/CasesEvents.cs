using Frontline.Events;
using Frontline.Touchpoints;

namespace Frontline.Cases;

[EventType("case.opened", PersonalData = true)]
public sealed record CaseOpened(long CaseId, long CustomerId, long CategoryId, string Subject, CasePriority Priority, Channel Channel,
    long? AssigneeId, long? TeamId) : ICaseEvent;
