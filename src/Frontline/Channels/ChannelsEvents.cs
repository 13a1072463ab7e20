using Frontline.Events;

namespace Frontline.Channels;

[EventType("chat.started",
    Description = "A visitor started a chat; it waits in the case team's queue until someone answers.")]
public sealed record ChatStarted(long ChatSessionId, long CaseId, long CustomerId, long? TeamId,
    bool Verified) : ICaseEvent;

[EventType("chat.ended", Description = "A chat ended, closed by the visitor or the agent.")]
public sealed record ChatEnded(long ChatSessionId, long CaseId, long CustomerId) : ICaseEvent;

[EventType("email.delivered", Description = "An e-mail to the customer was accepted by the mail server.")]
public sealed record EmailDelivered(long OutboundEmailId, long TouchpointId, long CustomerId,
    long? CaseId) : IMayConcernCase;

[EventType("email.failed", Description = "An e-mail to the customer could not be delivered after every retry.")]
public sealed record EmailFailed(long OutboundEmailId, long TouchpointId, long CustomerId, long? CaseId,
    string Reason) : IMayConcernCase;

[EventType("email.retried",
    Description = "An admin put a failed e-mail to a customer back in the queue to be sent again.")]
public sealed record EmailRetried(long OutboundEmailId, long TouchpointId, long CustomerId, long? CaseId)
    : IMayConcernCase;
