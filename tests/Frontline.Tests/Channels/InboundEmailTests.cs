using System.Net;
using System.Net.Http.Headers;
using Frontline.Channels.Email;
using Frontline.Tests.Infrastructure;
using Frontline.Touchpoints;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Frontline.Tests.Channels;

/// <summary>E-mail posted as raw MIME, as mail providers do: matched, threaded, sanitised, never lost.</summary>
public abstract class InboundEmailTests(ApiFixture fx)
{
    private readonly HttpClient _provider = fx.As("Agent");

    private static MimeMessage Mail(string from, string subject, string? text = null, string? html = null, string? inReplyTo = null)
    {
        var message = new MimeMessage { Subject = subject, MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId("mail.example.com") };
        message.From.Add(new MailboxAddress("Priya Raman", from));
        message.To.Add(new MailboxAddress("Care", "care@frontline.example"));
        if (inReplyTo is not null) message.InReplyTo = inReplyTo;
        message.Body = new BodyBuilder { TextBody = text, HtmlBody = html }.ToMessageBody();
        return message;
    }

    private async Task<(HttpResponseMessage Response, EmailReceipt Receipt)> PostAsync(MimeMessage message)
    {
        using var raw = new MemoryStream();
        await message.WriteToAsync(raw);
        return await PostAsync(raw.ToArray());
    }

    private async Task<(HttpResponseMessage Response, EmailReceipt Receipt)> PostAsync(byte[] raw)
    {
        var content = new ByteArrayContent(raw);
        content.Headers.ContentType = new MediaTypeHeaderValue("message/rfc822");
        var response = await _provider.PostAsync("/api/v1/channels/email/inbound", content);
        return (response, await response.ReadAsync<EmailReceipt>());
    }

    [Fact]
    public async Task A_reply_is_threaded_to_its_case_and_a_retried_delivery_is_recorded_once()
    {
        var customer = await Given.CustomerAsync(_provider, "Priya Raman");
        var @case = await Given.CaseAsync(_provider, fx, customer.Id, "Change fee");
        var first = Mail(customer.Emails[0], $"Re: your case [{@case.Number}]", text: "Here is my booking reference.");

        var (created, receipt) = await PostAsync(first);
        var (again, duplicate) = await PostAsync(first);
        var (_, reply) = await PostAsync(Mail(customer.Emails[0], "Re: Re: no number here", text: "Any news?", inReplyTo: first.MessageId));

        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        receipt.CaseId.ShouldBe(@case.Id);
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        duplicate.Outcome.ShouldBe("duplicate");
        duplicate.Touchpoint!.Id.ShouldBe(receipt.Touchpoint!.Id);
        reply.CaseId.ShouldBe(@case.Id);
        reply.CustomerCreated.ShouldBeFalse();
    }

    [Fact]
    public async Task A_strangers_mail_naming_another_customers_case_opens_a_case_of_their_own_and_that_case_gains_nothing()
    {
        var ct = TestContext.Current.CancellationToken;
        var customer = await Given.CustomerAsync(_provider, "Priya Raman");
        var @case = await Given.CaseAsync(_provider, fx, customer.Id, "Change fee");
        var stranger = Given.UniqueEmail("stranger");
        var message = Mail(stranger, $"Re: your case [{@case.Number}]");
        var files = new BodyBuilder { TextBody = "Here is the booking, please refund it to me." };
        files.Attachments.Add("booking.pdf", new byte[1024], new ContentType("application", "pdf"));
        message.Body = files.ToMessageBody();
        await using var before = fx.OpenDb();
        var touchpointsBefore = await before.Touchpoints.CountAsync(t => t.CustomerId == customer.Id, ct);

        var (response, receipt) = await PostAsync(message);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        receipt.CaseId.ShouldNotBeNull().ShouldNotBe(@case.Id);
        receipt.CustomerId.ShouldNotBe(customer.Id);
        receipt.CustomerCreated.ShouldBeTrue();
        await using var db = fx.OpenDb();
        (await db.Cases.SingleAsync(c => c.Id == receipt.CaseId, ct)).CustomerId.ShouldBe(receipt.CustomerId!.Value);
        var note = await db.Touchpoints.SingleAsync(t => t.CaseId == receipt.CaseId && t.Direction == Direction.Internal && t.Body.Contains(@case.Number), ct);
        note.Body.ShouldContain("a case of another customer");
        note.Body.ShouldNotContain("Priya");
        (await db.Touchpoints.CountAsync(t => t.CustomerId == customer.Id, ct)).ShouldBe(touchpointsBefore, "the other customer's case gained nothing");
        (await db.Attachments.CountAsync(a => db.Touchpoints.Any(t => t.Id == a.TouchpointId && (t.CaseId == @case.Id || t.CustomerId == customer.Id)), ct))
            .ShouldBe(0, "the stranger's file is on nothing of the other customer's, so not in their portal");
        (await db.Attachments.CountAsync(a => a.TouchpointId == receipt.Touchpoint!.Id, ct)).ShouldBe(1);
    }

    [Fact]
    public async Task A_reply_to_a_customers_thread_from_an_address_not_theirs_stays_out_of_it_and_their_other_address_threads()
    {
        var ct = TestContext.Current.CancellationToken;
        var customer = await Given.CustomerAsync(_provider, "Priya Raman");
        var @case = await Given.CaseAsync(_provider, fx, customer.Id, "Lost luggage");
        var second = Given.UniqueEmail("second");
        await using (var db = fx.OpenDb())
        {
            db.CustomerEmails.Add(new Frontline.Customers.CustomerEmail { CustomerId = customer.Id, Address = second });
            await db.SaveChangesAsync(ct);
        }
        var first = Mail(customer.Emails[0], $"Lost luggage [{@case.Number}]", text: "My suitcase never arrived.");
        await PostAsync(first);

        var (_, forwarded) = await PostAsync(Mail(Given.UniqueEmail("forwarded"), "Re: Lost luggage", text: "It is mine, send it to me.",
            inReplyTo: first.MessageId));
        var (_, fromSecond) = await PostAsync(Mail(second, "Re: Lost luggage", text: "Any news?", inReplyTo: first.MessageId));

        forwarded.CaseId.ShouldNotBeNull().ShouldNotBe(@case.Id);
        await using var check = fx.OpenDb();
        (await check.Touchpoints.SingleAsync(t => t.CaseId == forwarded.CaseId && t.Direction == Direction.Internal && t.Body.Contains(@case.Number), ct))
            .Body.ShouldStartWith($"This e-mail answers a message of {@case.Number}");
        fromSecond.CaseId.ShouldBe(@case.Id);
        fromSecond.CustomerId.ShouldBe(customer.Id);
    }

    [Fact]
    public async Task Script_in_an_html_body_never_reaches_anyone_and_an_unknown_sender_becomes_a_customer()
    {
        var (_, receipt) = await PostAsync(Mail(Given.UniqueEmail("html"), "Broken remote",
            html: "<p>The <b>remote</b> is broken.<script>alert('x')</script><img src=x onerror=alert(1)></p>"));

        receipt.CustomerCreated.ShouldBeTrue();
        receipt.Touchpoint!.Body.ShouldBe("Broken remote\n\nThe remote is broken.");
        await using var db = fx.OpenDb();
        var html = await db.Touchpoints.Where(t => t.Id == receipt.Touchpoint.Id).Select(t => t.BodyHtml).SingleAsync(TestContext.Current.CancellationToken);
        html.ShouldNotBeNull().ShouldNotContain("script");
        html.ShouldNotContain("onerror");
        html.ShouldContain("<b>remote</b>");
    }

    [Fact]
    public async Task Attachments_are_kept_within_type_and_size_limits_and_the_message_is_kept_either_way()
    {
        var message = Mail(Given.UniqueEmail("files"), "Receipt attached", text: "See attached.");
        var builder = new BodyBuilder { TextBody = "See attached." };
        builder.Attachments.Add("receipt.pdf", new byte[2048], new ContentType("application", "pdf"));
        builder.Attachments.Add("tool.exe", new byte[100], new ContentType("application", "x-msdownload"));
        builder.Attachments.Add("huge.png", new byte[AttachmentLimitBytes + 1], new ContentType("image", "png"));
        message.Body = builder.ToMessageBody();

        var (response, receipt) = await PostAsync(message);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        receipt.RefusedAttachments.Count.ShouldBe(2);
        await using var db = fx.OpenDb();
        (await db.Attachments.Where(a => a.TouchpointId == receipt.Touchpoint!.Id).Select(a => a.FileName).ToListAsync(TestContext.Current.CancellationToken))
            .ShouldBe(["receipt.pdf"]);
    }

    [Fact]
    public async Task A_kept_file_is_listed_on_its_touchpoint_and_downloaded_as_sent_by_the_front_line_only()
    {
        var pdf = new byte[3000];
        Random.Shared.NextBytes(pdf);
        var message = Mail(Given.UniqueEmail("download"), "Invoice attached");
        var builder = new BodyBuilder { TextBody = "The invoice shows the wrong amount." };
        builder.Attachments.Add("invoice 4711.pdf", pdf, new ContentType("application", "pdf"));
        message.Body = builder.ToMessageBody();
        var (_, receipt) = await PostAsync(message);

        var timeline = await (await _provider.GetAsync($"/api/v1/customers/{receipt.CustomerId}/timeline", TestContext.Current.CancellationToken))
            .ReadAsync<Frontline.Common.Page<TimelineEntry>>();
        var file = timeline.Items.Single(t => t.Id == receipt.Touchpoint!.Id).Attachments.ShouldNotBeNull().ShouldHaveSingleItem();
        var download = await _provider.GetAsync($"/api/v1/attachments/{file.Id}", TestContext.Current.CancellationToken);
        var anonymous = await fx.Anonymous().GetAsync($"/api/v1/attachments/{file.Id}", TestContext.Current.CancellationToken);
        var missing = await _provider.GetAsync("/api/v1/attachments/999999999", TestContext.Current.CancellationToken);

        (file.FileName, file.ContentType, file.Size).ShouldBe(("invoice 4711.pdf", "application/pdf", 3000L));
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await download.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).ShouldBe(pdf);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        download.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        download.Content.Headers.ContentDisposition.FileNameStar.ShouldBe("invoice 4711.pdf");
        download.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_message_that_cannot_be_read_is_quarantined_raw_and_shown_to_admins_only()
    {
        var raw = "This is not a mail at all, it has no headers and no sender."u8.ToArray();

        var (response, receipt) = await PostAsync(raw);
        var list = await fx.As("Admin").GetAsync("/api/v1/channels/quarantine");
        var kept = await fx.As("Admin").GetByteArrayAsync($"/api/v1/channels/quarantine/{receipt.QuarantineId}/raw");

        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        receipt.Outcome.ShouldBe("quarantined");
        (await list.Content.ReadAsStringAsync()).ShouldContain($"\"id\":{receipt.QuarantineId},");
        kept.ShouldBe(raw);
        (await fx.As("Manager").GetAsync("/api/v1/channels/quarantine")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_admin_recovers_a_held_message_on_the_sender_they_name_once_and_deletes_spam()
    {
        var raw = System.Text.Encoding.UTF8.GetBytes($"Subject: Parcel {Guid.NewGuid():N}\r\nMessage-ID: <{Guid.NewGuid():N}@mail.example.com>\r\n\r\nIt never came.\r\n");
        var (_, held) = await PostAsync(raw);
        var (_, spam) = await PostAsync(System.Text.Encoding.UTF8.GetBytes($"Subject: Win {Guid.NewGuid():N}\r\n\r\nClick here.\r\n"));
        var admin = fx.As("Admin");
        var sender = Given.UniqueEmail("found");

        var byAgent = await _provider.PostJsonAsync($"/api/v1/channels/quarantine/{held.QuarantineId}/recover", new { sender });
        var nameless = await admin.PostJsonAsync($"/api/v1/channels/quarantine/{held.QuarantineId}/recover", new { });
        var recovered = await admin.PostJsonAsync($"/api/v1/channels/quarantine/{held.QuarantineId}/recover", new { sender });
        var again = await admin.PostJsonAsync($"/api/v1/channels/quarantine/{held.QuarantineId}/recover", new { sender });
        var deleted = await admin.DeleteAsync($"/api/v1/channels/quarantine/{spam.QuarantineId}", TestContext.Current.CancellationToken);
        var list = await admin.GetStringAsync("/api/v1/channels/quarantine", TestContext.Current.CancellationToken);

        held.Outcome.ShouldBe("quarantined");
        byAgent.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await nameless.ProblemFieldsAsync()).ShouldBe(["sender"]);
        recovered.StatusCode.ShouldBe(HttpStatusCode.OK, await recovered.Content.ReadAsStringAsync());
        var receipt = await recovered.ReadAsync<EmailReceipt>();
        receipt.Outcome.ShouldBe("recorded");
        again.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        deleted.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        list.ShouldNotContain($"\"id\":{held.QuarantineId},");
        list.ShouldNotContain($"\"id\":{spam.QuarantineId},");
        await using var db = fx.OpenDb();
        (await db.CustomerEmails.SingleAsync(e => e.Address == sender, TestContext.Current.CancellationToken)).CustomerId.ShouldBe(receipt.CustomerId!.Value);
        var timeline = await db.Touchpoints.Where(t => t.CustomerId == receipt.CustomerId).OrderBy(t => t.Id).ToListAsync(TestContext.Current.CancellationToken);
        timeline.Select(t => t.Direction).ShouldBe([Direction.Inbound, Direction.Internal]);
        timeline[0].Body.ShouldContain("It never came.");
        timeline[1].Body.ShouldBe("Recovered from quarantine by Test Admin (API key test Admin); it was held because: No sender address that can be read.");
    }

    private const int AttachmentLimitBytes = 10 * 1024 * 1024;
}

[Collection(SqliteCollection.Name)]
public sealed class InboundEmailOnSqlite(SqliteApi fx) : InboundEmailTests(fx);

[Collection(PostgresCollection.Name)]
public sealed class InboundEmailOnPostgres(PostgresApi fx) : InboundEmailTests(fx);
