using Frontline.Events;
using Frontline.Touchpoints;

namespace Frontline.Cases;

[EventType("case.opened", PersonalData = true,
    Description = "A case was opened, by a person, a form, a chat or an e-mail.")]
public sealed record CaseOpened(long CaseId, long CustomerId, long CategoryId, string Subject, CasePriority Priority,
    Channel Channel,
    long? AssigneeId, long? TeamId) : ICaseEvent;

[EventType("case.status-changed", Description = "A case moved from one status to another (closure included).")]
public sealed record CaseStatusChanged(long CaseId, long CustomerId, CaseStatus From, CaseStatus To) : ICaseEvent;

[EventType("case.assigned", Description = "A case's person or team changed; null means nobody or no team.")]
public sealed record CaseAssigned(long CaseId, long CustomerId, long? AssigneeId, long? TeamId,
    long? PreviousAssigneeId,
    long? PreviousTeamId) : ICaseEvent;

[EventType("case.category-changed", Description = "A case was moved to another category.")]
public sealed record CaseCategoryChanged(long CaseId, long CustomerId, long FromCategoryId,
    long ToCategoryId) : ICaseEvent;

[EventType("case.asset-changed", Description = "The product a case is about was set or cleared.")]
public sealed record CaseAssetChanged(long CaseId, long CustomerId, long? AssetId) : ICaseEvent;

[EventType("case.sla-at-risk", Description = "An open case will breach its resolution target within the hour.")]
public sealed record CaseSlaAtRisk(long CaseId, long CustomerId, DateTime DueAt, long? AssigneeId,
    long? TeamId) : ICaseEvent;

[EventType("category.changed",
    Description = "A case category was added, renamed, given another update rule, deactivated or offered again.")]
public sealed record CategoryChanged(long CategoryId, string Name, bool Active, double? UpdateEveryHours) : IEvent;

[EventType("case.elastic-step-recorded", Description = "An agent marked a step of the ELASTIC guide done on a case.")]
public sealed record ElasticStepRecorded(long CaseId, long CustomerId, ElasticStep Step) : ICaseEvent;
