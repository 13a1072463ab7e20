using Frontline.Events;

namespace Frontline.Touchpoints;

[EventType("touchpoint.recorded", PersonalData = true,
    Description = "Something happened between the customer and the company (a message in or out, a call, a visit, a note).")]
public sealed record TouchpointRecorded(long TouchpointId, long CustomerId, long? CaseId, Channel Channel,
    Direction Direction,
    string Author, long? AuthorAgentId) : IMayConcernCase;

[EventType("reply.sent", PersonalData = true,
    Description = "A person answered the customer on the case's channel (e-mail, chat or portal); e-mail leaves after this.")]
public sealed record ReplySent(long TouchpointId, long CaseId, long CustomerId, Channel Channel,
    long? AgentId) : ICaseEvent;
