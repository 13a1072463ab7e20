using Frontline.Events;

namespace Frontline.CallBacks;

/// <summary>The note is left out: it is the agent's own words about the customer, read on their home.</summary>
[EventType("callback.scheduled", Description = "An agent set themselves a reminder to call a customer back.")]
public sealed record CallBackScheduled(long CallBackId, long CustomerId, long? CaseId, long AgentId, DateTime DueAt)
    : IMayConcernCase;

[EventType("callback.done", Description = "An agent marked a call-back of theirs done.")]
public sealed record CallBackDone(long CallBackId, long CustomerId, long? CaseId, long AgentId) : IMayConcernCase;
