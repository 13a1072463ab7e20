using System.Net;
using System.Net.Http.Headers;
using Frontline.Channels.Email;
using Frontline.Tests.Infrastructure;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using MimeKit;

namespace Frontline.Tests.Channels;

/// <summary>Replies leave over real SMTP in the customer's thread, and the customer's answer comes back to the case.</summary>
public abstract class ReplyByEmailTests(ApiFixture fx)
{
    private readonly HttpClient _agent = fx.As("Agent");

    private async Task<MimeMessage> FetchAsync(string messageId)
    {
        using var imap = new ImapClient();
        await imap.ConnectAsync("127.0.0.1", fx.Mail.ImapPort, SecureSocketOptions.None);
        await imap.AuthenticateAsync("frontline", "frontline");
        await imap.Inbox.OpenAsync(FolderAccess.ReadOnly);
        for (var tries = 0; tries < 20; tries++)
        {
            if (imap.Inbox.Count > 0)
            {
                var summaries = await imap.Inbox.FetchAsync(0, -1, MessageSummaryItems.Envelope | MessageSummaryItems.UniqueId);
                if (summaries.FirstOrDefault(m => m.Envelope?.MessageId == messageId) is { } found) return await imap.Inbox.GetMessageAsync(found.UniqueId);
            }
            await Task.Delay(250);
            await imap.Inbox.CloseAsync();
            await imap.Inbox.OpenAsync(FolderAccess.ReadOnly);
        }
        throw new InvalidOperationException($"No message {messageId} reached the mail server.");
    }

    private async Task<EmailReceipt> ReceiveAsync(MimeMessage message)
    {
        using var raw = new MemoryStream();
        await message.WriteToAsync(raw);
        var content = new ByteArrayContent(raw.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("message/rfc822");
        return await (await _agent.PostAsync("/api/v1/channels/email/inbound", content)).ReadAsync<EmailReceipt>();
    }

    [Fact]
    public async Task A_reply_leaves_in_the_customers_thread_and_their_answer_returns_to_the_case()
    {
        var customer = await Given.CustomerAsync(_agent, "Priya Raman");
        var @case = await Given.CaseAsync(_agent, fx, customer.Id, "Change fee");
        var first = new MimeMessage
        {
            Subject = $"Change fee [{@case.Number}]", MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId("mail.example.com"),
            Body = new TextPart("plain") { Text = "Why was I asked $180?" }
        };
        first.From.Add(new MailboxAddress("Priya Raman", customer.Emails[0]));
        await ReceiveAsync(first);

        var response = await _agent.PostJsonAsync($"/api/v1/cases/{@case.Id}/email-replies", new { body = "We have waived the fee." });
        var reply = await response.ReadAsync<EmailReplyView>();
        await fx.EventsDeliveredAsync();
        var sent = await FetchAsync(reply.MessageId);
        var answer = new MimeMessage
        {
            Subject = "Re: thanks", MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId("mail.example.com"),
            InReplyTo = reply.MessageId, Body = new TextPart("plain") { Text = "Thank you!" }
        };
        answer.From.Add(new MailboxAddress("Priya Raman", customer.Emails[0]));
        var back = await ReceiveAsync(answer);

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        reply.Delivery.ShouldBe(DeliveryStatus.Queued, "it leaves once the reply is committed");
        sent.InReplyTo.ShouldBe(first.MessageId);
        sent.References.ShouldContain(first.MessageId);
        sent.Subject.ShouldNotBeNull().ShouldContain(@case.Number);
        sent.To.Mailboxes.Single().Address.ShouldBe(customer.Emails[0]);
        sent.TextBody.ShouldNotBeNull().Trim().ShouldBe("We have waived the fee.");
        back.CaseId.ShouldBe(@case.Id);
    }

    [Fact]
    public async Task Mail_sent_to_the_care_mailbox_is_read_over_imap_and_recorded_once()
    {
        var email = Given.UniqueEmail("imap");
        var message = new MimeMessage
        {
            Subject = "My order never came", MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId("mail.example.com"),
            Body = new TextPart("plain") { Text = "Order 4711 is a week late." }
        };
        message.From.Add(new MailboxAddress("Ines Imap", email));
        message.To.Add(new MailboxAddress("Care", "care@frontline.local"));
        using (var smtp = new MailKit.Net.Smtp.SmtpClient())
        {
            await smtp.ConnectAsync("127.0.0.1", fx.Mail.SmtpPort, SecureSocketOptions.None);
            await smtp.SendAsync(message);
            await smtp.DisconnectAsync(true);
        }
        var poller = fx.Services.GetRequiredService<MailboxPoller>();

        await poller.PollAsync(TestContext.Current.CancellationToken);
        await poller.PollAsync(TestContext.Current.CancellationToken);

        await using var db = fx.OpenDb();
        var recorded = await db.Touchpoints.Where(t => t.ExternalId == message.MessageId).ToListAsync(TestContext.Current.CancellationToken);
        recorded.ShouldHaveSingleItem().Body.ShouldBe("My order never came\n\nOrder 4711 is a week late.");
        (await db.CustomerEmails.CountAsync(e => e.Address == email, TestContext.Current.CancellationToken)).ShouldBe(1);
    }

    [Fact]
    public async Task A_reply_carries_its_files_to_the_customer_and_lists_them_on_its_touchpoint()
    {
        var customer = await Given.CustomerAsync(_agent, "Rita Return");
        var @case = await Given.CaseAsync(_agent, fx, customer.Id, "Return the blender");
        var label = new byte[4096];
        Random.Shared.NextBytes(label);

        var response = await _agent.PostJsonAsync($"/api/v1/cases/{@case.Id}/email-replies", new
        {
            body = "Your return label is attached.",
            attachments = new[] { new { fileName = "return-label.pdf", contentType = "application/pdf", content = label } },
        });
        var reply = await response.ReadAsync<EmailReplyView>();
        await fx.EventsDeliveredAsync();
        var sent = await FetchAsync(reply.MessageId);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var listed = reply.Touchpoint.Attachments.ShouldNotBeNull().ShouldHaveSingleItem();
        (listed.FileName, listed.ContentType, listed.Size).ShouldBe(("return-label.pdf", "application/pdf", 4096L));
        sent.TextBody.ShouldNotBeNull().Trim().ShouldBe("Your return label is attached.");
        var file = sent.Attachments.OfType<MimePart>().ShouldHaveSingleItem();
        file.FileName.ShouldBe("return-label.pdf");
        file.ContentType.MimeType.ShouldBe("application/pdf");
        using var bytes = new MemoryStream();
        await file.Content.ShouldNotBeNull().DecodeToAsync(bytes);
        bytes.ToArray().ShouldBe(label);
    }

    [Fact]
    public async Task A_reply_with_a_file_of_a_refused_type_or_size_is_refused_naming_the_file_and_nothing_is_sent()
    {
        var customer = await Given.CustomerAsync(_agent, "Rita Return");
        var @case = await Given.CaseAsync(_agent, fx, customer.Id, "Return the blender");
        var outbox = await fx.CountAsync<OutboundEmail>();

        var refused = await _agent.PostJsonAsync($"/api/v1/cases/{@case.Id}/email-replies", new
        {
            body = "Files attached.",
            attachments = new object[]
            {
                new { fileName = "label.pdf", contentType = "application/pdf", content = new byte[100] },
                new { fileName = "setup.exe", contentType = "application/x-msdownload", content = new byte[100] },
                new { fileName = "video.png", contentType = "image/png", content = new byte[11 * 1024 * 1024] },
            },
        });

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var fields = await refused.ProblemFieldsAsync();
        fields.ShouldContain("attachments[1].contentType");
        fields.ShouldContain("attachments[2].content");
        fields.ShouldContain("attachments");
        fields.ShouldNotContain("attachments[0].contentType");
        (await fx.CountAsync<OutboundEmail>()).ShouldBe(outbox);
    }

    [Fact]
    public async Task A_reply_to_a_customer_without_an_address_is_refused_naming_it()
    {
        var customer = await Given.CustomerAsync(_agent, phone: $"+49 30 {Random.Shared.Next(1_000_000, 9_999_999)}", email: null);
        await using (var db = fx.OpenDb())
            await db.CustomerEmails.Where(e => e.CustomerId == customer.Id).ExecuteDeleteAsync(TestContext.Current.CancellationToken);
        var @case = await Given.CaseAsync(_agent, fx, customer.Id);

        var response = await _agent.PostJsonAsync($"/api/v1/cases/{@case.Id}/email-replies", new { body = "Hello" });

        (await response.ProblemFieldsAsync()).ShouldBe(["to"]);
    }

    [Fact]
    public async Task When_the_mail_server_cannot_be_reached_the_reply_waits_in_the_outbox()
    {
        var customer = await Given.CustomerAsync(_agent);
        var @case = await Given.CaseAsync(_agent, fx, customer.Id);
        await using var db = fx.OpenDb();
        var queued = await ReplyByEmail.RunAsync(db, @case.Id, new EmailReplyInput("We are on it."), Frontline.Identity.Actor.Of(new()),
            new MailOptions("127.0.0.1", 1, "care@frontline.local", "Care"), DateTime.UtcNow, TestContext.Current.CancellationToken);
        var unreachable = new MailOutbox(fx.Services.GetRequiredService<IDbContextFactory<Frontline.Data.FrontlineDb>>(),
            new MailOptions("127.0.0.1", 1, "care@frontline.local", "Care"), TimeProvider.System, NullLogger<MailOutbox>.Instance);
        // the mail handler tries it as soon as it is committed; as if the server had been down then, it waits again
        await fx.EventsDeliveredAsync();
        await db.OutboundEmails.Where(m => m.Id == queued.Value!.OutboxId)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, DeliveryStatus.Queued), TestContext.Current.CancellationToken);

        var status = await unreachable.DeliverAsync(queued.Value!.OutboxId, TestContext.Current.CancellationToken);
        var delivered = await fx.Services.GetRequiredService<MailOutbox>().DeliverAsync(queued.Value.OutboxId, TestContext.Current.CancellationToken);

        status.ShouldBe(DeliveryStatus.Queued);
        delivered.ShouldBe(DeliveryStatus.Sent);
        (await FetchAsync(queued.Value.View.MessageId)).TextBody.ShouldNotBeNull().Trim().ShouldBe("We are on it.");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ReplyByEmailOnSqlite(SqliteApi fx) : ReplyByEmailTests(fx);

[Collection(PostgresCollection.Name)]
public sealed class ReplyByEmailOnPostgres(PostgresApi fx) : ReplyByEmailTests(fx);
