using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Frontline.Channels.Email;
using Frontline.Data;
using Frontline.Tests.Infrastructure;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using MimeKit;

namespace Frontline.Tests.Channels;

/// <summary>
/// Mail whose form no column can hold (U+0000 in the body or an encoded subject, a display name of 300 characters)
/// is still recorded, cleaned, with the original kept beside it, exactly once; it never answers 500 and never
/// stalls the mailbox.
/// </summary>
public abstract class MalformedEmailTests(ApiFixture fx)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    /// <summary>Written by hand, so the NULs are really in the encoded subject and the body.</summary>
    private static (byte[] Raw, string MessageId) Poisoned(string from)
    {
        var id = $"{Guid.NewGuid():N}@mail.example.com";
        var raw = $"""
            From: "{new string('P', 300)}" <{from}>
            To: care@frontline.example
            Subject: =?utf-8?B?{Base64("Refund\u0000 please")}?=
            Message-Id: <{id}>
            Date: Mon, 2 Mar 2026 10:00:00 +0000
            MIME-Version: 1.0
            Content-Type: text/plain; charset=utf-8
            Content-Transfer-Encoding: base64

            {Base64("My order\u0000 is late.")}

            """.ReplaceLineEndings("\r\n");
        return (Encoding.ASCII.GetBytes(raw), id);
    }

    private async Task<HttpResponseMessage> PostAsync(byte[] raw)
    {
        var content = new ByteArrayContent(raw);
        content.Headers.ContentType = new MediaTypeHeaderValue("message/rfc822");
        return await fx.As("Agent").PostAsync("/api/v1/channels/email/inbound", content, Ct);
    }

    [Fact]
    public async Task Mail_with_a_nul_in_body_and_subject_and_a_long_sender_name_is_recorded_cleaned_once_with_the_original_kept()
    {
        var (raw, id) = Poisoned(Given.UniqueEmail("nul"));

        var first = await PostAsync(raw);
        var again = await PostAsync(raw);

        first.StatusCode.ShouldBe(HttpStatusCode.Created, await first.Content.ReadAsStringAsync(Ct));
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await again.ReadAsync<EmailReceipt>()).Outcome.ShouldBe("duplicate");
        await using var db = fx.OpenDb();
        var touchpoint = await db.Touchpoints.SingleAsync(t => t.ExternalId == id, Ct);
        touchpoint.Body.ShouldBe("Refund please\n\nMy order is late.");
        touchpoint.Author.Length.ShouldBeLessThanOrEqualTo(200);
        (await db.Customers.Where(c => c.Id == touchpoint.CustomerId).Select(c => c.Name).SingleAsync(Ct)).ShouldBe(new string('P', 200));
        var original = await db.Attachments.SingleAsync(a => a.TouchpointId == touchpoint.Id, Ct);
        original.FileName.ShouldBe("original-message.eml");
        original.Content.ShouldBe(raw);
    }

    [Fact]
    public async Task A_poisoned_message_in_the_mailbox_does_not_stop_the_next_one_being_recorded()
    {
        await using var dovecot = await DovecotServer.StartAsync("care@frontline.local", "mailbox-secret");
        var (raw, poisonedId) = Poisoned(Given.UniqueEmail("poison"));
        var next = new MimeMessage { Subject = "Second message", MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId("mail.example.com") };
        next.From.Add(new MailboxAddress("Nora Next", Given.UniqueEmail("next")));
        next.To.Add(new MailboxAddress("Care", "care@frontline.local"));
        next.Body = new TextPart("plain") { Text = "Still waiting." };
        using (var delivery = new ImapClient())
        {
            await delivery.ConnectAsync("127.0.0.1", dovecot.Port, SecureSocketOptions.None, Ct);
            await delivery.AuthenticateAsync(dovecot.User, dovecot.Password, Ct);
            await delivery.Inbox.AppendAsync(MimeMessage.Load(new MemoryStream(raw)), MessageFlags.None, Ct);
            await delivery.Inbox.AppendAsync(next, MessageFlags.None, Ct);
            await delivery.DisconnectAsync(true, Ct);
        }
        var mail = new MailOptions(null, 25, "care@frontline.local", "Care", "127.0.0.1", dovecot.Port, dovecot.User, dovecot.Password, null, null);
        var poller = new MailboxPoller(fx.Services.GetRequiredService<IDbContextFactory<FrontlineDb>>(), mail, TimeProvider.System,
            NullLogger<MailboxPoller>.Instance);

        var first = await poller.PollAsync(Ct);
        var second = await poller.PollAsync(Ct);

        first.Count.ShouldBe(2);
        first.ShouldAllBe(r => r.Outcome == "recorded");
        second.ShouldBeEmpty();
        await using var db = fx.OpenDb();
        (await db.Touchpoints.CountAsync(t => t.ExternalId == poisonedId, Ct)).ShouldBe(1);
        (await db.Touchpoints.CountAsync(t => t.ExternalId == next.MessageId, Ct)).ShouldBe(1);
    }
}

[Collection(SqliteCollection.Name)] public sealed class MalformedEmailOnSqlite(SqliteApi fx) : MalformedEmailTests(fx);
[Collection(PostgresCollection.Name)] public sealed class MalformedEmailOnPostgres(PostgresApi fx) : MalformedEmailTests(fx);
