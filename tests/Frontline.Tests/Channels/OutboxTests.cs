using System.Net;
using Frontline.Channels.Email;
using Frontline.Channels.Outbound;
using Frontline.Common;
using Frontline.Identity;
using Frontline.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Tests.Channels;

/// <summary>An admin reads every message to a customer with its state, sends a failed one again, and tests the mail.</summary>
public abstract class OutboxTests(ApiFixture fx)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private readonly HttpClient _admin = fx.As(Roles.Admin);

    private async Task<(string To, long OutboxId)> ReplyAsync()
    {
        var agent = fx.As(Roles.Agent);
        var to = Given.UniqueEmail("outbox");
        var customer = await Given.CustomerAsync(agent, "Olive Outbox", to);
        var @case = await Given.CaseAsync(agent, fx, customer.Id, "Kettle leaks");
        var reply = await agent.PostJsonAsync($"/api/v1/cases/{@case.Id}/email-replies", new { body = "We send a new kettle." });
        reply.StatusCode.ShouldBe(HttpStatusCode.Created, await reply.Content.ReadAsStringAsync());
        await fx.EventsDeliveredAsync();
        await using var db = fx.OpenDb();
        return (to, await db.OutboundEmails.Where(m => m.To == to).Select(m => m.Id).SingleAsync(Ct));
    }

    private async Task FailAsync(long id)
    {
        await using var db = fx.OpenDb();
        await db.OutboundEmails.Where(m => m.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, DeliveryStatus.Failed).SetProperty(m => m.Attempts, OutboundEmail.MaxAttempts)
            .SetProperty(m => m.LastError, "5.1.1 Mailbox unavailable"), Ct);
    }

    [Fact]
    public async Task The_outbox_shows_each_message_with_its_body_and_state_and_a_failed_one_says_why()
    {
        var (to, id) = await ReplyAsync();
        var sent = (await (await _admin.GetAsync("/api/v1/outbox?status=sent", Ct))
            .ReadAsync<Page<OutboxMessageView>>()).Items.Single(m => m.Id == id);
        await FailAsync(id);

        var failed = (await (await _admin.GetAsync("/api/v1/outbox?status=failed&pageSize=200", Ct))
            .ReadAsync<Page<OutboxMessageView>>()).Items.Single(m => m.Id == id);

        sent.To.ShouldBe(to);
        sent.Body.ShouldContain("We send a new kettle.");
        sent.SentAt.ShouldNotBeNull();
        failed.Status.ShouldBe("failed");
        failed.LastError.ShouldBe("5.1.1 Mailbox unavailable");
    }

    [Fact]
    public async Task A_failed_message_sent_again_leaves_and_a_second_retry_is_refused()
    {
        var (_, id) = await ReplyAsync();
        await FailAsync(id);

        var retried = await _admin.PostAsync($"/api/v1/outbox/{id}/retry", null, Ct);
        var again = await _admin.PostAsync($"/api/v1/outbox/{id}/retry", null, Ct);
        var missing = await _admin.PostAsync("/api/v1/outbox/999999999/retry", null, Ct);

        retried.StatusCode.ShouldBe(HttpStatusCode.OK, await retried.Content.ReadAsStringAsync());
        var view = await retried.ReadAsync<OutboxMessageView>();
        view.Status.ShouldBe("sent");
        view.Attempts.ShouldBe(1);
        again.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await again.ProblemFieldsAsync()).ShouldBe(["status"]);
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var log = await (await fx.As(Roles.Admin).GetAsync("/api/v1/events?type=email.retried&limit=500", Ct))
            .ReadAsync<Frontline.Events.EventLogPage>();
        log.Items.Count(e => e.Data.GetProperty("outboundEmailId").GetInt64() == id).ShouldBe(1, "one retry, one event");
    }

    [Fact]
    public async Task A_bad_filter_or_page_names_the_field()
    {
        var bad = await _admin.GetAsync("/api/v1/outbox?status=lost&pageSize=0", Ct);

        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.ProblemFieldsAsync()).ShouldBe(["status", "pageSize"], ignoreOrder: true);
    }

    [Fact]
    public async Task A_test_message_reaches_the_mail_server_and_the_answer_says_so()
    {
        var to = Given.UniqueEmail("mailcheck");

        var sent = await _admin.PostJsonAsync("/api/v1/mail/test", new { to });
        var bad = await _admin.PostJsonAsync("/api/v1/mail/test", new { to = "nobody" });

        sent.StatusCode.ShouldBe(HttpStatusCode.OK);
        var result = await sent.ReadAsync<MailCheckResult>();
        result.Sent.ShouldBeTrue(result.Words);
        result.Words.ShouldContain($"took the test message for {to}");
        (await bad.ProblemFieldsAsync()).ShouldBe(["to"]);
    }

    [Theory]
    [InlineData(Roles.Agent)]
    [InlineData(Roles.TeamLead)]
    [InlineData(Roles.Manager)]
    public async Task Only_an_admin_reads_the_outbox_retries_or_tests_the_mail(string role)
    {
        var client = fx.As(role);

        var list = await client.GetAsync("/api/v1/outbox", Ct);
        var retry = await client.PostAsync("/api/v1/outbox/1/retry", null, Ct);
        var test = await client.PostJsonAsync("/api/v1/mail/test", new { to = Given.UniqueEmail() });

        list.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        retry.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        test.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class OutboxOnSqlite(SqliteApi fx) : OutboxTests(fx);

[Collection(PostgresCollection.Name)]
public sealed class OutboxOnPostgres(PostgresApi fx) : OutboxTests(fx);
