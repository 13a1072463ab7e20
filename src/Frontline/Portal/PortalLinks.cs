using Frontline.Channels.Email;
using Frontline.Customers;
using Frontline.Identity;
using Frontline.Touchpoints;

namespace Frontline.Portal;

/// <summary>Signing customers in by e-mail: a link on request, and links in messages that ask them to act on a case.</summary>
public static class PortalLinks
{
    private static readonly Actor Sender = new(null, null, "Customer portal", Roles.Agent);

    public static readonly TimeSpan SignInLifetime = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan CaseLinkLifetime = TimeSpan.FromDays(14);

    /// <summary>
    /// Sends a sign-in link to the address if it is a customer's; says nothing either way, so the form does not tell
    /// who is a customer. Returns the queued message, if any.
    /// </summary>
    public static async Task<long?> RequestAsync(FrontlineDb db, string? email, MailOptions mail, PublicLinks links,
        DateTime now, CancellationToken ct)
    {
        var address = ContactPoints.NormalizeEmail(email);
        if (address is null) return null;
        var customer = await db.CustomerEmails.Where(e => e.Address == address)
            .Select(e => new { e.CustomerId, Name = db.Customers.Where(c => c.Id == e.CustomerId).Select(c => c.Name).First() }).FirstOrDefaultAsync(ct);
        if (customer is null) return null;
        return await db.InTransactionAsync(async () =>
        {
            var (link, token) = PortalLink.Issue(customer.CustomerId, null, now, SignInLifetime);
            db.PortalLinks.Add(link);
            var body = $"Dear {customer.Name},\n\nfollow this link within 30 minutes to see your cases: {links.To($"/portal/enter?token={token}")}\n\n"
                + "If you did not ask for it, ignore this message.";
            var touchpoint = new Touchpoint
            {
                CustomerId = customer.CustomerId, Channel = Channel.Email, Direction = Direction.Outbound, OccurredAt = now, RecordedAt = now,
                Author = "Customer portal", Body = "Sent a sign-in link to the customer portal.",
            };
            var outgoing = await OutboundEmail.QueueAsync(db, mail, Sender, touchpoint, address,
                "Your link to your cases", null, null, now, ct, body);
            return (long?)outgoing.Id;
        }, ct);
    }

    /// <summary>A link to one case for a message to the customer; signs them in when they follow it.</summary>
    public static string ForCase(FrontlineDb db, long customerId, long caseId, PublicLinks links, DateTime now)
    {
        var (link, token) = PortalLink.Issue(customerId, caseId, now, CaseLinkLifetime);
        db.PortalLinks.Add(link);
        return links.To($"/portal/enter?token={token}");
    }

    /// <summary>Uses a link once: the customer (and case) it opens, or nothing when it is unknown, used or expired.</summary>
    public static async Task<(long CustomerId, long? CaseId)?> RedeemAsync(FrontlineDb db, string? token, DateTime now,
        CancellationToken ct)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100) return null;
        var hash = SecretToken.HashOf(token);
        var link = await db.PortalLinks.AsNoTracking().FirstOrDefaultAsync(l => l.TokenHash == hash, ct);
        if (link is null || link.UsedAt is not null || link.ExpiresAt < now) return null;
        // used once, even by two clicks at the same moment
        var used = await db.PortalLinks.Where(l => l.Id == link.Id && l.UsedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.UsedAt, now), ct);
        return used == 1 ? (link.CustomerId, link.CaseId) : null;
    }
}
