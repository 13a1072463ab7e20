using System.Security.Cryptography;
using System.Text;
using Frontline.Channels.Email;
using Frontline.Customers;
using Frontline.Identity;
using Frontline.Touchpoints;

namespace Frontline.Channels.Chat;

/// <summary>What the visitor is told after asking for a code.</summary>
public sealed record ChatCodeSent(string Address, int SendsLeft);

/// <summary>The visitor proved the address: the chat is now the customer's who holds it.</summary>
public sealed record ChatVerified(string Name);

/// <summary>
/// A chat visitor proves the address they typed: a one-time code of six digits goes to that address (the address on
/// file of the customer who holds it), kept only as a hash, for ten minutes; a chat gets a few codes and a few tries
/// in all. The right code makes the chat verified: the case and its visitor record join the customer who holds the
/// address (or the record keeps the address, when no one did), and the case notes it for the team.
/// </summary>
public static class ChatVerification
{
    public const int MaxSends = 3;
    public const int MaxAttempts = 5;
    public static readonly TimeSpan CodeLifetime = TimeSpan.FromMinutes(10);
    private static readonly Actor Widget = new(null, null, "Chat widget", Roles.Agent);

    public static async Task<Outcome<ChatCodeSent>> SendCodeAsync(FrontlineDb db, MailOutbox mail, long sessionId,
        DateTime now, CancellationToken ct)
    {
        var session = await db.ChatSessions.AsNoTracking()
            .FirstOrDefaultAsync(s => s.Id == sessionId && s.EndedAt == null, ct);
        if (session?.ClaimedEmail is not { } address) return Refuse<ChatCodeSent>("This chat has ended.");
        if (session.VerifiedAt is not null) return Refuse<ChatCodeSent>("You are already verified.");
        if (session.CodeAttempts >= MaxAttempts) return Refuse<ChatCodeSent>(TooManyTries);
        var code = RandomNumberGenerator.GetInt32(0, 1_000_000)
            .ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        var hash = HashOf(session, code);
        // one conditional update claims a send, so two clicks at once never pass the limit
        var claimed = await db.ChatSessions.Where(s => s.Id == sessionId && s.CodesSent < MaxSends && s.VerifiedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.CodesSent, x => x.CodesSent + 1).SetProperty(x => x.CodeHash, hash)
                .SetProperty(x => x.CodeExpiresAt, now + CodeLifetime), ct);
        if (claimed == 0) return Refuse<ChatCodeSent>("We have sent as many codes as we can for this chat. The team will help you here without one.");
        var body = $"Your code is {code}.\n\nType it in the chat within {CodeLifetime.TotalMinutes:0} minutes to show it is you.\n\n"
            + "If you are not chatting with us right now, ignore this message: without the code nobody can see your account.";
        if (!await mail.SendUnkeptAsync(address, "Your code for the chat", body, ct))
        {
            await db.ChatSessions.Where(s => s.Id == sessionId && s.CodeHash == hash)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.CodesSent, x => x.CodesSent - 1).SetProperty(x => x.CodeHash, (string?)null), ct);
            return Refuse<ChatCodeSent>("We could not send the code just now. Try again in a minute.");
        }
        db.RecordTouchpoint(Widget, now, CaseTouch.Of(session.CustomerId, session.CaseId, Channel.Chat, Widget, now,
            $"Sent a one-time code to {address} so the visitor can show they hold it."));
        await db.SaveChangesAsync(ct);
        return new ChatCodeSent(address, MaxSends - session.CodesSent - 1);
    }

    public static async Task<Outcome<ChatVerified>> VerifyAsync(FrontlineDb db, long sessionId, string? code,
        DateTime now, CancellationToken ct)
    {
        var typed = (code ?? "").Trim();
        var session = await db.ChatSessions.AsNoTracking()
            .FirstOrDefaultAsync(s => s.Id == sessionId && s.EndedAt == null, ct);
        if (session?.ClaimedEmail is null) return Refuse<ChatVerified>("This chat has ended.");
        if (session.VerifiedAt is not null) return Refuse<ChatVerified>("You are already verified.");
        if (session.CodeHash is null) return Refuse<ChatVerified>("Ask for a code first.");
        // every try counts before it is checked, so tries at once cannot pass the limit
        var counted = await db.ChatSessions.Where(s => s.Id == sessionId && s.CodeAttempts < MaxAttempts)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.CodeAttempts, x => x.CodeAttempts + 1), ct);
        if (counted == 0) return Refuse<ChatVerified>(TooManyTries);
        if (session.CodeExpiresAt < now) return Refuse<ChatVerified>("This code has expired. Ask for a new one.");
        var right = typed.Length == 6 && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(HashOf(session, typed)), Encoding.ASCII.GetBytes(session.CodeHash));
        if (!right)
        {
            var left = MaxAttempts - session.CodeAttempts - 1;
            return Refuse<ChatVerified>(left > 0 ? $"That code is not right. {left} {(left == 1 ? "try" : "tries")} left." : TooManyTries);
        }
        return await db.InTransactionAsync(async () =>
        {
            if (await db.ChatSessions.Where(s => s.Id == sessionId && s.VerifiedAt == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.VerifiedAt, now).SetProperty(x => x.CodeHash, (string?)null), ct) == 0)
                return Refuse<ChatVerified>("You are already verified.");
            return (Outcome<ChatVerified>)await JoinHolderAsync(db, session, now, ct);
        }, ct);
    }

    /// <summary>The visitor record joins the customer who holds the address, or takes the address when no one does.</summary>
    private static async Task<ChatVerified> JoinHolderAsync(FrontlineDb db, ChatSession session, DateTime now,
        CancellationToken ct)
    {
        var address = session.ClaimedEmail!;
        var holder = await db.CustomerEmails.Where(e => e.Address == address).Select(e => (long?)e.CustomerId)
            .FirstOrDefaultAsync(ct);
        var note = $"The visitor proved they hold {address} with the code sent there: the chat is verified";
        if (holder is null)
        {
            db.CustomerEmails.Add(new CustomerEmail
            {
                CustomerId = session.CustomerId, Address = address,
                IsPrimary = true
            });
            note += ".";
        }
        else if (holder != session.CustomerId)
        {
            var merged = await MergeCustomers.RunAsync(db, holder.Value, new MergeInput(session.CustomerId), Widget,
                now, ct);
            if (merged.Value is null) throw new InvalidOperationException($"The visitor record could not join customer {holder}: {merged.Message}");
            note += " and the case is now on the record of the customer who holds the address.";
        }
        var customerId = holder ?? session.CustomerId;
        db.RecordTouchpoint(Widget, now, CaseTouch.Of(customerId, session.CaseId, Channel.Chat, Widget, now, note));
        await db.SaveChangesAsync(ct);
        return new ChatVerified(await db.Customers.Where(c => c.Id == customerId).Select(c => c.Name).FirstAsync(ct));
    }

    private const string TooManyTries = "Too many wrong codes for this chat. The team will help you here without one.";

    private static string HashOf(ChatSession session, string code) => SecretToken.HashOf($"{session.TokenHash}:{code}");

    private static Outcome<T> Refuse<T>(string words) where T : class
    {
        var errors = new Errors();
        errors.Add("code", words);
        return errors;
    }
}
