using Frontline.Events;

namespace Frontline.Approvals;

[EventType("approval.requested", Description = "A gesture beyond the asker's authority waits for a decision.")]
public sealed record ApprovalRequested(long ApprovalId, long CaseId, long CustomerId, string Gesture, decimal Amount,
    string Currency,
    long? RequestedById, long? RequestedByTeamId, string Level, DateTime DueBy, bool Urgent) : ICaseEvent;

[EventType("approval.decided",
    Description = "An approval request was approved or declined (possibly with an alternative).")]
public sealed record ApprovalDecided(long ApprovalId, long CaseId, long CustomerId, ApprovalStatus Status,
    long? DecidedById,
    long? RequestedById, decimal? ApprovedAmount) : ICaseEvent;

[EventType("approval.moved-up",
    Description = "A team lead's request went up to a manager: passed up by a lead, or not decided in time.")]
public sealed record ApprovalMovedUp(long ApprovalId, long CaseId, long CustomerId, string Level, bool Escalated)
    : ICaseEvent;
