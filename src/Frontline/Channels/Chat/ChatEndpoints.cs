namespace Frontline.Channels.Chat;

/// <summary>The widget's plain HTTP side: the topics to choose from, starting a chat, and reading its transcript back.</summary>
public sealed record ChatSignedIn(string Name);

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

    /// <summary>Who the portal's cookie says the visitor is (it reaches only paths under /portal, and only from Frontline's own pages).</summary>
    internal static async Task<Results<Ok<ChatSignedIn>, NoContent>> SignedIn(HttpContext http, FrontlineDb db, CancellationToken ct) =>
        await Portal.PortalAuth.CustomerIdAsync(http) is { } id && await db.Customers.Where(c => c.Id == id).Select(c => c.Name).FirstOrDefaultAsync(ct) is { } name
            ? TypedResults.Ok(new ChatSignedIn(name))
            : TypedResults.NoContent();

    /// <summary>A chat started by a customer signed in to the portal: verified from the start, on their own record.</summary>
    internal static async Task<Results<Created<ChatStarted>, ValidationProblem, UnauthorizedHttpResult>> StartSignedIn(ChatStartInput input,
        HttpContext http, FrontlineDb db, TimeProvider clock, CancellationToken ct)
    {
        if (await Portal.PortalAuth.CustomerIdAsync(http) is not { } customer) return TypedResults.Unauthorized();
        var started = await Chats.StartSignedInAsync(db, customer, input, clock.GetUtcNow().UtcDateTime, ct);
        if (started.Missing) return TypedResults.Unauthorized();
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
