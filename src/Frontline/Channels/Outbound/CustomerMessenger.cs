using Frontline.Channels.Email;
using Frontline.Identity;
using Frontline.Touchpoints;

namespace Frontline.Channels.Outbound;

/// <summary>A message from the company to the customer of a case, as the timeline keeps it.</summary>
/// <param name="MailSubject">The e-mail's subject, when the message leaves by e-mail.</param>
public sealed record CustomerMessage(long CustomerId, long CaseId, Channel CaseChannel, string Body, string MailSubject)
{
    /// <summary>Marks the touchpoint ("asked to confirm", "proactive update"), so screens and reports can tell it apart.</summary>
    public string? Outcome { get; init; }

    /// <summary>What the e-mail says when it says more than the timeline keeps (a sign-in link is for the customer's eyes).</summary>
    public Func<string>? MailBody { get; init; }
}

/// <summary>Where a message to a customer goes, and the address it goes to when that is e-mail.</summary>
public sealed record CustomerRoute(Channel Channel, string? Address);

/// <summary>
/// The one seam that messages a customer on their channel: the case's chat while it is open, else their e-mail
/// (queued in the outbox, in the case's thread), else the portal, where they read it when they sign in. Closure
/// questions, proactive updates and approval outcomes go through it; an agent's reply asks it where to answer.
/// </summary>
public static class CustomerMessenger
{
    public static async Task<CustomerRoute> RouteAsync(FrontlineDb db, long caseId, long customerId,
        Channel caseChannel, CancellationToken ct)
    {
        if (caseChannel == Channel.Chat && await Chat.Chats.IsOpenAsync(db, caseId,
            ct)) return new CustomerRoute(Channel.Chat, null);
        var address = await AddressAsync(db, customerId, ct);
        return address is null ? new CustomerRoute(Channel.Portal, null) : new CustomerRoute(Channel.Email, address);
    }

    /// <summary>The customer's address for mail: the primary one, else the first recorded.</summary>
    public static Task<string?> AddressAsync(FrontlineDb db, long customerId, CancellationToken ct) =>
        db.CustomerEmails.Where(e => e.CustomerId == customerId).OrderByDescending(e => e.IsPrimary).ThenBy(e => e.Id)
            .Select(e => e.Address).FirstOrDefaultAsync(ct);

    /// <summary>Writes the message to the timeline on the customer's channel (and to the outbox for e-mail), inside the caller's transaction.</summary>
    public static async Task<Touchpoint> SendAsync(FrontlineDb db, MailOptions mail, Actor actor, DateTime now,
        CustomerMessage message,
        CancellationToken ct)
    {
        var route = await RouteAsync(db, message.CaseId, message.CustomerId, message.CaseChannel, ct);
        var touchpoint = CaseTouch.Of(message.CustomerId, message.CaseId, route.Channel, actor, now, message.Body,
            Direction.Outbound);
        touchpoint.Outcome = message.Outcome;
        if (route.Address is { } address)
        {
            await OutboundEmail.QueueAsync(db, mail, actor, touchpoint, address, message.MailSubject, null, null, now,
                ct, message.MailBody?.Invoke());
            return touchpoint;
        }
        db.RecordTouchpoint(actor, now, touchpoint);
        await db.SaveChangesAsync(ct);
        return touchpoint;
    }
}
