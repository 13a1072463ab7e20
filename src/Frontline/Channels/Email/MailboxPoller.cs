using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using MailKit.Security;
using Microsoft.Extensions.Logging;

namespace Frontline.Channels.Email;

/// <summary>
/// Reads new mail from the care mailbox over IMAP and records each message like the raw-MIME endpoint does. A
/// message is marked seen only once recorded; one seen twice (or sent by Frontline itself) is recognised by its
/// Message-ID and recorded once.
/// </summary>
public sealed class MailboxPoller(IDbContextFactory<FrontlineDb> databases, MailOptions options, TimeProvider clock,
    ILogger<MailboxPoller> log)
{
    public async Task<IReadOnlyList<EmailReceipt>> PollAsync(CancellationToken ct)
    {
        if (options.ImapHost is null) return [];
        using var imap = new ImapClient();
        await imap.ConnectAsync(options.ImapHost, options.ImapPort, options.ImapSecurity, ct);
        await imap.AuthenticateAsync(options.ImapUser ?? "frontline", options.ImapPassword ?? "", ct);
        await imap.Inbox.OpenAsync(FolderAccess.ReadWrite, ct);
        var receipts = new List<EmailReceipt>();
        foreach (var uid in (await imap.Inbox.SearchAsync(SearchQuery.NotSeen, ct)).Take(200))
        {
            using var raw = new MemoryStream();
            await (await imap.Inbox.GetMessageAsync(uid, ct)).WriteToAsync(raw, ct);
            receipts.Add(await ReceiveOneAsync(raw.ToArray(), ct));
            await imap.Inbox.AddFlagsAsync(uid, MessageFlags.Seen, true, ct);
        }
        await imap.DisconnectAsync(true, ct);
        return receipts;
    }

    // one message that cannot be recorded is quarantined whole (on a fresh context) and the next one is read
    private async Task<EmailReceipt> ReceiveOneAsync(byte[] raw, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        try
        {
            await using var db = await databases.CreateDbContextAsync(ct);
            return await InboundEmail.ReceiveAsync(db, raw, now, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "An inbound message could not be recorded; it is quarantined");
            await using var db = await databases.CreateDbContextAsync(ct);
            var why = $"Could not be recorded: {e.GetBaseException().Message}";
            return await InboundEmail.QuarantineAsync(db, raw, why, now, ct);
        }
    }
}
