using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Frontline.Identity.Sessions;

/// <summary>
/// The cookies' ticket store: a sign-in is a row in the shared database and the cookie carries only its key, so signing
/// out, a password change or a deactivation ends it at once on every node. One indexed read per request.
/// </summary>
public sealed class SignInSessions(IDbContextFactory<FrontlineDb> databases, TimeProvider clock) : ITicketStore
{
    /// <summary>The claim that names the session a principal came from (added when the ticket is read).</summary>
    public const string Claim = "frontline_session";

    /// <summary>How stale "last seen" may get before a request writes it again: a write per request would cost too much.</summary>
    private static readonly TimeSpan SeenEvery = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan DefaultLifetime = TimeSpan.FromHours(10);

    public Task<string> StoreAsync(AuthenticationTicket ticket) => StoreAsync(ticket, null!, CancellationToken.None);

    public async Task<string> StoreAsync(AuthenticationTicket ticket, HttpContext httpContext, CancellationToken cancellationToken)
    {
        var key = SecretToken.New();
        var now = clock.GetUtcNow().UtcDateTime;
        var who = long.TryParse(ticket.Principal.FindFirstValue(ClaimTypes.NameIdentifier), CultureInfo.InvariantCulture, out var id) ? id : (long?)null;
        var customer = ticket.AuthenticationScheme == Portal.PortalAuth.Scheme;
        var request = httpContext?.Request;
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        db.SignInSessions.Add(new SignInSession
        {
            KeyHash = SecretToken.HashOf(key), Scheme = ticket.AuthenticationScheme, Ticket = Serialize(ticket),
            AgentId = customer ? null : who, CustomerId = customer ? who : null,
            CreatedAt = now, LastSeenAt = now, ExpiresAt = ExpiryOf(ticket, now),
            UserAgent = Short(request?.Headers.UserAgent.ToString(), SignInSession.MaxUserAgent),
            Address = Short(httpContext?.Connection.RemoteIpAddress?.ToString(), 64),
        });
        await db.SaveChangesAsync(cancellationToken);
        return key;
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket) => RenewAsync(key, ticket, null!, CancellationToken.None);

    public async Task RenewAsync(string key, AuthenticationTicket ticket, HttpContext httpContext, CancellationToken cancellationToken)
    {
        var hash = SecretToken.HashOf(key);
        var now = clock.GetUtcNow().UtcDateTime;
        var bytes = Serialize(ticket);
        var expires = ExpiryOf(ticket, now);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        // an ended session stays ended: renewing never brings it back
        await db.SignInSessions.Where(s => s.KeyHash == hash && s.EndedAt == null).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.Ticket, bytes)
            .SetProperty(x => x.ExpiresAt, expires)
            .SetProperty(x => x.LastSeenAt, now), cancellationToken);
    }

    public Task<AuthenticationTicket?> RetrieveAsync(string key) => RetrieveAsync(key, null!, CancellationToken.None);

    public async Task<AuthenticationTicket?> RetrieveAsync(string key, HttpContext httpContext, CancellationToken cancellationToken)
    {
        var hash = SecretToken.HashOf(key);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var row = await db.SignInSessions.AsNoTracking().Where(s => s.KeyHash == hash)
            .Select(s => new { s.Id, s.Ticket, s.EndedAt, s.ExpiresAt, s.LastSeenAt }).FirstOrDefaultAsync(cancellationToken);
        if (row is null || row.EndedAt is not null || row.ExpiresAt <= now) return null;
        if (now - row.LastSeenAt > SeenEvery)
            await db.SignInSessions.Where(s => s.Id == row.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenAt, now), cancellationToken);
        var ticket = TicketSerializer.Default.Deserialize(row.Ticket);
        if (ticket is null) return null;
        if (httpContext is not null) httpContext.Items[typeof(SignInSession)] = row.Id;
        Mark(ticket.Principal, row.Id);
        return ticket;
    }

    public Task RemoveAsync(string key) => RemoveAsync(key, null!, CancellationToken.None);

    public async Task RemoveAsync(string key, HttpContext httpContext, CancellationToken cancellationToken)
    {
        var hash = SecretToken.HashOf(key);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        await db.SignInSessions.Where(s => s.KeyHash == hash && s.EndedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now), cancellationToken);
    }

    /// <summary>The session the request signed in with, if it came with a session cookie.</summary>
    public static long? Current(HttpContext? http) =>
        http?.Items[typeof(SignInSession)] as long? ?? Of(http?.User);

    /// <summary>The session a principal came from, if any.</summary>
    public static long? Of(ClaimsPrincipal? user) =>
        long.TryParse(user?.FindFirstValue(Claim), CultureInfo.InvariantCulture, out var id) ? id : null;

    /// <summary>
    /// Keeps the session's claim on a principal that was rebuilt during the request (Identity's security-stamp check
    /// replaces it), so the UI can still tell which session it runs in.
    /// </summary>
    internal static Task KeepMarkAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal is { } principal && Of(principal) is null && Current(context.HttpContext) is { } id) Mark(principal, id);
        return Task.CompletedTask;
    }

    /// <summary>Ends every live session of one person, except <paramref name="keep"/> (the one changing their own password).</summary>
    public static Task<int> EndAllAsync(FrontlineDb db, long agentId, DateTime now, CancellationToken ct, long? keep = null) =>
        db.SignInSessions.Where(s => s.AgentId == agentId && s.EndedAt == null && (keep == null || s.Id != keep))
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now), ct);

    /// <summary>Whether a session still lets its holder act: not ended, not expired.</summary>
    public static Task<bool> IsLiveAsync(FrontlineDb db, long id, DateTime now, CancellationToken ct) =>
        db.SignInSessions.AnyAsync(s => s.Id == id && s.EndedAt == null && s.ExpiresAt > now, ct);

    /// <summary>Deletes what ended or expired longer ago than <paramref name="kept"/>; returns how many.</summary>
    public static Task<int> PurgeAsync(FrontlineDb db, DateTime now, TimeSpan kept, CancellationToken ct)
    {
        var before = now - kept;
        return db.SignInSessions.Where(s => s.EndedAt < before || s.ExpiresAt < before).ExecuteDeleteAsync(ct);
    }

    private static void Mark(ClaimsPrincipal principal, long id)
    {
        if (principal.Identity is ClaimsIdentity identity)
            identity.AddClaim(new Claim(Claim, id.ToString(CultureInfo.InvariantCulture)));
    }

    private static byte[] Serialize(AuthenticationTicket ticket)
    {
        // the session's own claim is added when read; it is never stored (and the principal in use keeps it)
        var identities = ticket.Principal.Identities.Select(i =>
        {
            var copy = i.Clone();
            foreach (var claim in copy.FindAll(Claim).ToList()) copy.RemoveClaim(claim);
            return copy;
        });
        return TicketSerializer.Default.Serialize(new AuthenticationTicket(new ClaimsPrincipal(identities), ticket.Properties,
            ticket.AuthenticationScheme));
    }

    private static DateTime ExpiryOf(AuthenticationTicket ticket, DateTime now) =>
        ticket.Properties.ExpiresUtc?.UtcDateTime ?? now + DefaultLifetime;

    private static string Short(string? text, int max) => text is null ? "" : text.Length <= max ? text : text[..max];
}
