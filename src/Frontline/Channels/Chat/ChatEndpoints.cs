namespace Frontline.Channels.Chat;

/// <summary>The widget's plain HTTP side: the topics to choose from, starting a chat, and reading its transcript back.</summary>
public static class ChatEndpoints
{
    public const string RateLimit = "chat-start";
    public const string TokenHeader = "X-Chat-Token";

    internal static async Task<Ok<List<ChatTopic>>> Topics(FrontlineDb db, CancellationToken ct) => TypedResults.Ok(await Chats.TopicsAsync(db, ct));

    internal static async Task<Results<Created<ChatStarted>, ValidationProblem>> Start(ChatStartInput input, FrontlineDb db, TimeProvider clock,
        CancellationToken ct)
    {
        var started = await Chats.StartAsync(db, input, clock.GetUtcNow().UtcDateTime, ct);
        return started.Value is { } s ? TypedResults.Created($"/chat/sessions/{s.SessionId}/messages", s) : started.Refused!.Problem();
    }

    internal static async Task<Results<Ok<List<ChatMessage>>, NotFound>> Messages(long id, HttpRequest request, FrontlineDb db, CancellationToken ct)
    {
        // the token is the only key: a wrong one, an ended chat and another visitor's session all look the same
        var session = await Chats.FindAsync(db, request.Headers[TokenHeader].ToString(), ct);
        if (session is null || session.Id != id) return TypedResults.NotFound();
        return TypedResults.Ok(await Chats.TranscriptAsync(db, session.CaseId, ct));
    }
}
