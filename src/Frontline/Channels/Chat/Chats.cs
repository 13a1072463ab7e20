using Frontline.Cases;
using Frontline.Customers;
using Frontline.Events;
using Frontline.Identity;
using Frontline.Touchpoints;

namespace Frontline.Channels.Chat;

public sealed record ChatStartInput(string? Name, string? Email, long? CategoryId, string? Message);

/// <summary>What the widget keeps: the token it speaks with, and the case reference it can show.</summary>
/// <param name="Verified">Whether the visitor is known to be who they said (a signed-in customer); else the widget offers a code.</param>
public sealed record ChatStarted(long SessionId, string Token, string Reference, bool Verified);

/// <summary>One line of the transcript as the visitor sees it.</summary>
/// <param name="AsksToConfirm">The line asks whether the case is solved: the widget offers the two answers.</param>
public sealed record ChatMessage(long Id, bool FromCustomer, string Author, string Body, DateTime At,
    bool AsksToConfirm = false)
{
    public static ChatMessage Of(Touchpoint t) =>
        new(t.Id, t.Direction == Direction.Inbound, AuthorForCustomers.Of(t.Author), t.Body, t.OccurredAt, t.Outcome == CaseClosure.AskOutcome);
}

public sealed record ChatTopic(long Id, string Name);

/// <summary>
/// The chat channel: a visitor starts a conversation (which opens a case on the chat channel), then speaks on it;
/// every line is a touchpoint of the case, so the transcript is part of its timeline. Agents answer by writing an
/// outbound chat touchpoint; Live/LiveScreens carries it to the widget once it is committed.
/// </summary>
public static class Chats
{
    public const int MaxMessageLength = 4_000;
    private static readonly Actor Widget = new(null, null, "Chat widget", Roles.Agent);

    /// <summary>
    /// A visitor starts a chat with the name and address they typed. That is a claim, not an identity: the case opens
    /// on a visitor record of its own, and joins the customer who holds the address only once the visitor proves it
    /// (<see cref="ChatVerification"/>).
    /// </summary>
    public static async Task<Outcome<ChatStarted>> StartAsync(FrontlineDb db, ChatStartInput input, DateTime now,
        CancellationToken ct)
    {
        var errors = new Errors();
        var name = errors.Text("name", input.Name, 200);
        var email = ContactPoints.NormalizeEmail(input.Email);
        if (email is null) errors.Add("email", "Give an e-mail address, so we can reach you if the chat drops.");
        var (categoryId, message) = await TopicAndMessageAsync(db, input.CategoryId, input.Message, errors, ct);
        if (errors.Any) return errors;

        return await db.InTransactionAsync(async () =>
        {
            var visitor = await ContactMatch.NewVisitorAsync(db, name, Widget, now, ct);
            return await OpenAsync(db, visitor.Id, categoryId, message,
                (@case, customer) => ChatSession.Claimed(@case, customer, name, email!, now), now, ct);
        }, ct);
    }

    /// <summary>A customer signed in to the portal starts a chat: they are who they are, verified from the start.</summary>
    public static async Task<Outcome<ChatStarted>> StartSignedInAsync(FrontlineDb db, long customerId,
        ChatStartInput input, DateTime now,
        CancellationToken ct)
    {
        var errors = new Errors();
        var (categoryId, message) = await TopicAndMessageAsync(db, input.CategoryId, input.Message, errors, ct);
        if (errors.Any) return errors;
        if (!await db.Customers.AnyAsync(c => c.Id == customerId, ct)) return Outcome<ChatStarted>.NotFound();
        return await db.InTransactionAsync(
            () => OpenAsync(db, customerId, categoryId, message, (@case, customer) => ChatSession.SignedIn(@case, customer, now), now, ct), ct);
    }

    private static async Task<(long CategoryId, string Message)> TopicAndMessageAsync(FrontlineDb db, long? category,
        string? text, Errors errors,
        CancellationToken ct)
    {
        var message = errors.Text("message", text, MaxMessageLength);
        var categoryId = errors.Required("categoryId", category);
        if (category is not null && !await db.Categories.AnyAsync(c => c.Id == categoryId && c.IsActive, ct))
            errors.Add("categoryId", "Choose one of the listed topics.");
        return (categoryId, message);
    }

    private static async Task<Outcome<ChatStarted>> OpenAsync(FrontlineDb db, long customerId, long categoryId,
        string message,
        Func<long, long, (ChatSession Session, string Token)> start, DateTime now, CancellationToken ct)
    {
        var subject = message.Length <= 80 ? message : message[..77] + "...";
        var opened = await OpenCase.OpenAsync(db,
            new OpenCaseRequest(customerId, categoryId, subject.ReplaceLineEndings(" "), message,
            CasePriority.Normal, Channel.Chat, null, null, null, null), Widget, now, ct);
        var @case = opened.Value!;
        var (session, token) = start(@case.Id, customerId);
        db.ChatSessions.Add(session);
        await db.SaveChangesAsync(ct);
        db.Publish(Widget, now,
            new Channels.ChatStarted(session.Id, @case.Id, customerId, @case.TeamId, session.VerifiedAt is not null));
        await db.SaveChangesAsync(ct);
        return new ChatStarted(session.Id, token, @case.Number, session.VerifiedAt is not null);
    }

    /// <summary>The session as it is now (its customer changes when the visitor proves who they are), if still open.</summary>
    public static Task<ChatSession?> CurrentAsync(FrontlineDb db, long sessionId, CancellationToken ct) =>
        db.ChatSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId && s.EndedAt == null, ct);

    /// <summary>The session a token opens, if it is still open.</summary>
    public static Task<ChatSession?> FindAsync(FrontlineDb db, string? token, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100) return Task.FromResult<ChatSession?>(null);
        var hash = SecretToken.HashOf(token);
        return db.ChatSessions.AsNoTracking().FirstOrDefaultAsync(s => s.TokenHash == hash && s.EndedAt == null, ct);
    }

    /// <summary>The visitor speaks: a line on the case, from the customer.</summary>
    public static async Task<Outcome<ChatMessage>> SayAsync(FrontlineDb db, ChatSession session, string? text,
        DateTime now, CancellationToken ct)
    {
        var errors = new Errors();
        var body = errors.Text("message", text, MaxMessageLength);
        // whose the chat is now: a verification may have moved it to the customer who holds the address
        var customerId = await db.ChatSessions.Where(s => s.Id == session.Id && s.EndedAt == null)
            .Select(s => (long?)s.CustomerId).FirstOrDefaultAsync(ct);
        if (customerId is null) errors.Add("message", "This chat has ended.");
        if (errors.Any) return errors;
        var name = await db.Customers.Where(c => c.Id == customerId).Select(c => c.Name).FirstAsync(ct);
        var touchpoint = new Touchpoint
        {
            CustomerId = customerId!.Value, CaseId = session.CaseId, Channel = Channel.Chat, Direction = Direction.Inbound,
            OccurredAt = now, RecordedAt = now, Author = name, Body = body,
        };
        return await db.InTransactionAsync(async () =>
        {
            db.RecordTouchpoint(Widget, now, touchpoint);
            await db.Cases.Where(c => c.Id == session.CaseId)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.UpdatedAt, now), ct);
            await db.SaveChangesAsync(ct);
            return (Outcome<ChatMessage>)ChatMessage.Of(touchpoint);
        }, ct);
    }

    /// <summary>The visitor leaves: the session's token stops working and the case notes it.</summary>
    public static async Task EndAsync(FrontlineDb db, ChatSession session, DateTime now, CancellationToken ct)
    {
        await db.InTransactionAsync(async () =>
        {
            var ended = await db.ChatSessions.Where(s => s.Id == session.Id && s.EndedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now), ct);
            if (ended == 0) return 0;
            db.RecordTouchpoint(Widget, now,
                CaseTouch.Of(session.CustomerId, session.CaseId, Channel.Chat, Widget, now,
                "The customer left the chat."));
            db.Publish(Widget, now, new ChatEnded(session.Id, session.CaseId, session.CustomerId));
            return await db.SaveChangesAsync(ct);
        }, ct);
    }

    /// <summary>How long a chat may go without a word from either side before it ends by itself.</summary>
    public static readonly TimeSpan DefaultIdle = TimeSpan.FromMinutes(30);

    /// <summary>Whether the case's chat is still open, so an answer there reaches the visitor.</summary>
    public static Task<bool> IsOpenAsync(FrontlineDb db, long caseId, CancellationToken ct) =>
        db.ChatSessions.AnyAsync(s => s.CaseId == caseId && s.EndedAt == null, ct);

    /// <summary>
    /// Ends the chats where nobody has said a word for <paramref name="idle"/> (a visitor who closed the page never
    /// says goodbye): the token stops working, the visitor is told in the chat, and later answers go by e-mail.
    /// Each ending is a conditional update, so two nodes end a chat once.
    /// </summary>
    public static async Task<int> EndIdleAsync(FrontlineDb db, TimeSpan idle, DateTime now, CancellationToken ct)
    {
        var since = now - idle;
        var quiet = await db.ChatSessions.AsNoTracking()
            .Where(s => s.EndedAt == null && s.StartedAt < since
                && !db.Touchpoints.Any(t => t.CaseId == s.CaseId && t.Channel == Channel.Chat && t.Direction != Direction.Internal && t.OccurredAt >= since))
            .OrderBy(s => s.Id).Take(500).ToListAsync(ct);
        // an unverified visitor's record has no address: an answer by e-mail could not reach them
        const string byEmail = "We will answer you by e-mail.";
        const string again = "Start a new chat to go on.";
        var ended = 0;
        foreach (var session in quiet)
        {
            ended += await db.InTransactionAsync(async () =>
            {
                if (await db.ChatSessions.Where(s => s.Id == session.Id && s.EndedAt == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now), ct) == 0)
                    return 0;
                db.RecordTouchpoint(Widget, now,
                    CaseTouch.Of(session.CustomerId, session.CaseId, Channel.Chat, Widget, now,
                    $"This chat has ended after {idle.TotalMinutes:0} minutes without a word. {(session.VerifiedAt is null && session.ClaimedEmail is not null ? again : byEmail)}",
                    Direction.Outbound));
                db.Publish(CaseTouch.Frontline, now, new ChatEnded(session.Id, session.CaseId, session.CustomerId));
                await db.SaveChangesAsync(ct);
                return 1;
            }, ct);
        }
        return ended;
    }

    /// <summary>What the visitor sees: the chat lines of their case, oldest first (never the team's internal notes).</summary>
    public static Task<List<ChatMessage>> TranscriptAsync(FrontlineDb db, long caseId, CancellationToken ct) =>
        db.Touchpoints.AsNoTracking()
            .Where(t => t.CaseId == caseId && t.Channel == Channel.Chat && t.Direction != Direction.Internal)
            .OrderBy(t => t.OccurredAt).ThenBy(t => t.Id)
            .Select(t => new ChatMessage(t.Id, t.Direction == Direction.Inbound, AuthorForCustomers.Of(t.Author), t.Body, t.OccurredAt,
                t.Outcome == CaseClosure.AskOutcome))
            .ToListAsync(ct);

    public static Task<List<ChatTopic>> TopicsAsync(FrontlineDb db, CancellationToken ct) =>
        db.Categories.AsNoTracking().Where(c => c.IsActive).OrderBy(c => c.Name).Select(c => new ChatTopic(c.Id, c.Name)).ToListAsync(ct);
}
