using System.Net;
using Frontline.Channels;
using Frontline.Channels.Email;
using Frontline.Identity;
using Frontline.Tests.Infrastructure;
using Frontline.Touchpoints;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using ChatStartedView = Frontline.Channels.Chat.ChatStarted;

namespace Frontline.Tests.Channels;

public abstract class ChannelEventsTests(ApiFixture fx)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private readonly HttpClient _agent = fx.As(Roles.Agent);
    private readonly HttpClient _visitor = new() { BaseAddress = fx.BaseAddress };

    private async Task<(HttpResponseMessage Response, long After)> StartChatAsync(string? email)
    {
        var after = await Published.LastAsync(fx);
        var response = await _visitor.PostJsonAsync("/chat/sessions", new
        {
            name = "Eve Events", email, categoryId = await fx.IdOfCategoryAsync("Delivery"), message = "Where is my parcel?",
        });
        return (response, after);
    }

    [Fact]
    public async Task Starting_a_chat_publishes_chat_started_and_case_opened_once_and_a_refused_start_nothing()
    {
        var (refused, before) = await StartChatAsync(null);
        var (response, after) = await StartChatAsync(Given.UniqueEmail("events"));
        var started = await response.ReadAsync<ChatStartedView>();
        var caseId = Frontline.Cases.Case.IdOf(started.Reference)!.Value;

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Published.SinceAsync(fx, before, "chat.started")).Where(e => e.Position <= after).ShouldBeEmpty();
        var chat = (await Published.SinceAsync(fx, after, "chat.started", caseId)).ShouldHaveSingleItem().Read<ChatStarted>();
        (chat.ChatSessionId, chat.CaseId, chat.Verified).ShouldBe((started.SessionId, caseId, false));
        (await Published.SinceAsync(fx, after, "case.opened", caseId)).ShouldHaveSingleItem()
            .Read<Frontline.Cases.CaseOpened>().Channel.ShouldBe(Channel.Chat);
    }

    [Fact]
    public async Task Ending_a_chat_publishes_chat_ended_once()
    {
        var (response, _) = await StartChatAsync(Given.UniqueEmail("ending"));
        var started = await response.ReadAsync<ChatStartedView>();
        var caseId = Frontline.Cases.Case.IdOf(started.Reference)!.Value;
        await using var visitor = new HubConnectionBuilder().WithUrl(new Uri(fx.BaseAddress, Frontline.Channels.Chat.ChatHub.Path),
            o => o.AccessTokenProvider = () => Task.FromResult<string?>(started.Token)).Build();
        await visitor.StartAsync(Ct);
        await visitor.InvokeAsync<List<Frontline.Channels.Chat.ChatMessage>>("Transcript", Ct);
        var after = await Published.LastAsync(fx);

        await visitor.InvokeAsync("End", Ct);
        await Should.ThrowAsync<HubException>(() => visitor.InvokeAsync("End", Ct));

        (await Published.SinceAsync(fx, after, "chat.ended", caseId)).ShouldHaveSingleItem().Read<ChatEnded>()
            .ShouldBe(new ChatEnded(started.SessionId, caseId, (await CustomerOfAsync(caseId))));
    }

    [Fact]
    public async Task An_agent_answering_in_the_chat_or_the_portal_publishes_reply_sent_and_a_note_does_not()
    {
        var customer = await Given.CustomerAsync(_agent, "Rhea Reply", Given.UniqueEmail());
        var @case = await Given.CaseAsync(_agent, fx, customer.Id);
        var after = await Published.LastAsync(fx);
        object Line(string channel, string direction) => new { channel, direction, body = "We have it in hand." };

        var answered = await (await _agent.PostJsonAsync($"/api/v1/cases/{@case.Id}/touchpoints", Line("Portal", "Outbound")))
            .ReadAsync<TimelineEntry>();
        (await _agent.PostJsonAsync($"/api/v1/cases/{@case.Id}/touchpoints", Line("Portal", "Internal"))).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await _agent.PostJsonAsync($"/api/v1/cases/{@case.Id}/touchpoints", Line("Nowhere", "Outbound"))).StatusCode
            .ShouldBe(HttpStatusCode.BadRequest);

        (await Published.SinceAsync(fx, after, "reply.sent", @case.Id)).ShouldHaveSingleItem().Read<ReplySent>()
            .ShouldBe(new ReplySent(answered.Id, @case.Id, customer.Id, Channel.Portal, fx.AgentId(Roles.Agent)));
        (await Published.SinceAsync(fx, after, "touchpoint.recorded", @case.Id)).Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_reply_by_email_publishes_reply_sent_then_leaves_and_publishes_email_delivered_once()
    {
        var customer = await Given.CustomerAsync(_agent, "Edda Email", Given.UniqueEmail());
        var @case = await Given.CaseAsync(_agent, fx, customer.Id);
        var after = await Published.LastAsync(fx);

        var refused = await _agent.PostJsonAsync($"/api/v1/cases/{@case.Id}/email-replies", new { body = "" });
        var reply = await (await _agent.PostJsonAsync($"/api/v1/cases/{@case.Id}/email-replies", new { body = "On its way." }))
            .ReadAsync<EmailReplyView>();
        await fx.EventsDeliveredAsync();

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Published.SinceAsync(fx, after, "reply.sent", @case.Id)).ShouldHaveSingleItem().Read<ReplySent>()
            .ShouldBe(new ReplySent(reply.Touchpoint.Id, @case.Id, customer.Id, Channel.Email, fx.AgentId(Roles.Agent)));
        await using var db = fx.OpenDb();
        var mail = await db.OutboundEmails.SingleAsync(m => m.TouchpointId == reply.Touchpoint.Id, Ct);
        mail.Status.ShouldBe(DeliveryStatus.Sent, "the mail handler sent it once the reply was committed");
        (await Published.SinceAsync(fx, after, "email.delivered", @case.Id)).ShouldHaveSingleItem().Read<EmailDelivered>()
            .ShouldBe(new EmailDelivered(mail.Id, reply.Touchpoint.Id, customer.Id, @case.Id));
    }

    [Fact]
    public async Task A_mail_that_fails_its_last_attempt_publishes_email_failed_once()
    {
        var customer = await Given.CustomerAsync(_agent, "Fay Failed", Given.UniqueEmail());
        var @case = await Given.CaseAsync(_agent, fx, customer.Id);
        var reply = await (await _agent.PostJsonAsync($"/api/v1/cases/{@case.Id}/email-replies", new { body = "Bounced?" }))
            .ReadAsync<EmailReplyView>();
        await fx.EventsDeliveredAsync();
        await using var db = fx.OpenDb();
        var mail = await db.OutboundEmails.SingleAsync(m => m.TouchpointId == reply.Touchpoint.Id, Ct);
        // as if every attempt but the last had failed
        await db.OutboundEmails.Where(m => m.Id == mail.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, DeliveryStatus.Queued)
            .SetProperty(m => m.Attempts, OutboundEmail.MaxAttempts - 1), Ct);
        var unreachable = new MailOutbox(fx.Services.GetRequiredService<IDbContextFactory<Frontline.Data.FrontlineDb>>(),
            new MailOptions("127.0.0.1", 1, "care@frontline.local", "Care"), TimeProvider.System, NullLogger<MailOutbox>.Instance);
        var after = await Published.LastAsync(fx);

        var status = await unreachable.DeliverAsync(mail.Id, Ct);
        var again = await unreachable.DeliverAsync(mail.Id, Ct);

        (status, again).ShouldBe((DeliveryStatus.Failed, DeliveryStatus.Failed));
        var failed = (await Published.SinceAsync(fx, after, "email.failed", @case.Id)).ShouldHaveSingleItem().Read<EmailFailed>();
        (failed.OutboundEmailId, failed.TouchpointId, failed.CustomerId).ShouldBe((mail.Id, reply.Touchpoint.Id, customer.Id));
        failed.Reason.ShouldNotBeNullOrWhiteSpace();
    }

    private async Task<long> CustomerOfAsync(long caseId)
    {
        await using var db = fx.OpenDb();
        return await db.Cases.Where(c => c.Id == caseId).Select(c => c.CustomerId).SingleAsync(Ct);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ChannelEventsOnSqlite(SqliteApi fx) : ChannelEventsTests(fx);

[Collection(PostgresCollection.Name)]
public sealed class ChannelEventsOnPostgres(PostgresApi fx) : ChannelEventsTests(fx);
