using Frontline.Events;

namespace Frontline.Gestures;

[EventType("gesture.granted",
    Description = "A goodwill gesture was given to a customer on a case, within authority or approved.")]
public sealed record GestureGranted(long GestureId, long CaseId, long CustomerId, string Kind, decimal Amount,
    string Currency,
    long? GrantedById, long? ApprovalId) : ICaseEvent;
