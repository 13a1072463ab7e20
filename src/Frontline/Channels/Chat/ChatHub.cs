using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Frontline.Channels.Chat;

/// <summary>
/// The visitor's live line (at /chat/hub): connects with the session's token, hears every chat message of the
/// case (their own echoed, the agent's answers) as "message", and speaks with <see cref="Send"/>.
/// </summary>
[AllowAnonymous]
public sealed class ChatHub(IDbContextFactory<FrontlineDb> databases, TimeProvider clock, Email.MailOutbox mail) : Hub
{
    public const string Path = "/chat/hub";
    private const string SessionKey = "chat-session";

    public static string Group(long caseId) => $"chat-case-{caseId}";

    public override async Task OnConnectedAsync()
    {
        // browsers send the token in the query string (WebSockets cannot carry headers); other clients as a bearer header
        var request = Context.GetHttpContext()?.Request;
        var bearer = request?.Headers.Authorization.ToString() is { } header && header.StartsWith("Bearer ", StringComparison.Ordinal) ? header[7..] : null;
        var token = bearer ?? request?.Query["access_token"].ToString();
        await using var db = await databases.CreateDbContextAsync(Context.ConnectionAborted);
        if (await Chats.FindAsync(db, token, Context.ConnectionAborted) is not { } session)
        {
            Context.Abort();
            return;
        }
        Context.Items[SessionKey] = session.Id;
        await Groups.AddToGroupAsync(Context.ConnectionId, Group(session.CaseId), Context.ConnectionAborted);
    }

    /// <summary>
    /// The transcript so far. A client calls it once connected: hub calls run only after the connection has joined
    /// its case's group, so together with "message" nothing said in between is missed.
    /// </summary>
    public async Task<List<ChatMessage>> Transcript()
    {
        await using var db = await databases.CreateDbContextAsync(Context.ConnectionAborted);
        var session = await SessionAsync(db);
        return await Chats.TranscriptAsync(db, session.CaseId, Context.ConnectionAborted);
    }

    /// <summary>A line from the visitor; refused in words when empty or too long.</summary>
    public async Task Send(string? text)
    {
        await using var db = await databases.CreateDbContextAsync(Context.ConnectionAborted);
        var session = await SessionAsync(db);
        var said = await Chats.SayAsync(db, session, text, clock.GetUtcNow().UtcDateTime, Context.ConnectionAborted);
        if (said.Refused is not null) throw new HubException(said.Message);
    }

    /// <summary>The visitor answers "is it solved?": yes closes the case, confirmed; no reopens it.</summary>
    public async Task Answer(bool solved, string? reason = null)
    {
        await using var db = await databases.CreateDbContextAsync(Context.ConnectionAborted);
        var session = await SessionAsync(db);
        var now = clock.GetUtcNow().UtcDateTime;
        var answered = solved
            ? await Cases.CaseClosure.ConfirmAsync(db, session.CaseId, session.CustomerId, Touchpoints.Channel.Chat, now, Context.ConnectionAborted)
            : await Cases.CaseClosure.ReopenAsync(db, session.CaseId, session.CustomerId, Touchpoints.Channel.Chat, reason, now, Context.ConnectionAborted);
        if (answered.Value is null) throw new HubException(answered.Message);
    }

    /// <summary>The visitor closes the chat: the token stops working (the widget then closes its connection).</summary>
    public async Task End()
    {
        await using var db = await databases.CreateDbContextAsync(Context.ConnectionAborted);
        var session = await SessionAsync(db);
        await Chats.EndAsync(db, session, clock.GetUtcNow().UtcDateTime, Context.ConnectionAborted);
    }

    /// <summary>The visitor asks for a one-time code at the address they gave, to show it is theirs.</summary>
    public async Task<ChatCodeSent> SendCode()
    {
        await using var db = await databases.CreateDbContextAsync(Context.ConnectionAborted);
        var session = await SessionAsync(db);
        var sent = await ChatVerification.SendCodeAsync(db, mail, session.Id, clock.GetUtcNow().UtcDateTime, Context.ConnectionAborted);
        return sent.Value ?? throw new HubException(WordsOf(sent.Refused));
    }

    /// <summary>The visitor types the code: the right one verifies the chat; a wrong one is refused and counted.</summary>
    public async Task<ChatVerified> Verify(string? code)
    {
        await using var db = await databases.CreateDbContextAsync(Context.ConnectionAborted);
        var session = await SessionAsync(db);
        var verified = await ChatVerification.VerifyAsync(db, session.Id, code, clock.GetUtcNow().UtcDateTime, Context.ConnectionAborted);
        return verified.Value ?? throw new HubException(WordsOf(verified.Refused));
    }

    private static string WordsOf(Errors? refused) => string.Join(" ", refused?.ToDictionary().SelectMany(e => e.Value) ?? []);

    // read afresh each time: proving who they are moves the chat to another customer record
    private async Task<ChatSession> SessionAsync(FrontlineDb db) =>
        Context.Items.TryGetValue(SessionKey, out var s) && s is long id && await Chats.CurrentAsync(db, id, Context.ConnectionAborted) is { } session
            ? session
            : throw new HubException("This chat has ended.");
}
