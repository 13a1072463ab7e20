using System.Net;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR;
using Channel = Frontline.Touchpoints.Channel;
using Frontline.Api;
using Frontline.Channels.Chat;
using Frontline.Identity;
using Frontline.Tests.Infrastructure;
using Frontline.Touchpoints;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Frontline.Tests.Channels;

/// <summary>The chat widget's side (HTTP + the visitor's hub) and the agent's (API + the live hub), over real connections.</summary>
public abstract class ChatTests(ApiFixture fx)
{
    private readonly HttpClient _agent = fx.As(Roles.Agent);
    private readonly HttpClient _visitor = new() { BaseAddress = fx.BaseAddress };
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_visitor_chats_live_with_an_agent_and_the_transcript_is_the_cases_timeline()
    {
        var started = await StartAsync("My TV remote stopped working.");
        await using var visitor = await VisitorAsync(started.Token);
        var heard = Listen<ChatMessage>(visitor, "message");

        await visitor.InvokeAsync("Send", "It is the one that came with the TV.", Ct);
        (await NextAsync(heard)).ShouldSatisfyAllConditions(m => m.FromCustomer.ShouldBeTrue(), m => m.Body.ShouldBe("It is the one that came with the TV."));
        var caseId = Frontline.Cases.Case.IdOf(started.Reference)!.Value;
        (await _agent.PostJsonAsync($"/api/v1/cases/{caseId}/touchpoints", new { channel = "Chat", direction = "Internal", body = "Checking the warranty." }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        (await _agent.PostJsonAsync($"/api/v1/cases/{caseId}/touchpoints", new { channel = "Chat", direction = "Outbound", body = "A new one is on its way." }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        var answer = await NextAsync(heard);
        answer.FromCustomer.ShouldBeFalse();
        answer.Body.ShouldBe("A new one is on its way.");
        answer.Author.ShouldBe("Test Agent", "the visitor reads the person, not the key");
        var transcript = await TranscriptAsync(started);
        transcript.Select(m => m.Body).ShouldBe(["My TV remote stopped working.", "It is the one that came with the TV.", "A new one is on its way."]);
        transcript.ShouldAllBe(m => !m.Author.Contains("API key"));
        var timeline = await (await _agent.GetAsync($"/api/v1/cases/{caseId}/timeline", Ct)).ReadAsync<Page<TimelineEntry>>();
        timeline.Items.Where(t => t.Channel == Channel.Chat).Select(t => t.Body)
            .ShouldBe(["My TV remote stopped working.", "Case opened by Chat widget.", "It is the one that came with the TV.", "Checking the warranty.", "A new one is on its way."]);
        var @case = await (await _agent.GetAsync($"/api/v1/cases/{caseId}", Ct)).ReadAsync<Frontline.Cases.CaseView>();
        @case.Channel.ShouldBe(Channel.Chat);
    }

    [Fact]
    public async Task Resolving_a_chat_case_asks_in_the_chat_and_the_visitors_yes_closes_it_confirmed()
    {
        var started = await StartAsync("Coupon code rejected at checkout.");
        await using var visitor = await VisitorAsync(started.Token);
        var heard = Listen<ChatMessage>(visitor, "message");
        var caseId = Frontline.Cases.Case.IdOf(started.Reference)!.Value;

        (await _agent.PutJsonAsync($"/api/v1/cases/{caseId}/status", new { status = "Resolved", note = "Solved on the phone." })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var ask = await NextAsync(heard);
        await visitor.InvokeAsync("Answer", true, null, Ct);
        var again = await Should.ThrowAsync<HubException>(() => visitor.InvokeAsync("Answer", true, null, Ct));

        ask.AsksToConfirm.ShouldBeTrue();
        again.Message.ShouldContain("not waiting for your confirmation");
        var @case = await (await _agent.GetAsync($"/api/v1/cases/{caseId}", Ct)).ReadAsync<Frontline.Cases.CaseView>();
        @case.Status.ShouldBe(Frontline.Cases.CaseStatus.Closed);
    }

    [Fact]
    public async Task An_agent_watching_a_case_hears_of_each_committed_change_to_it_and_of_no_other()
    {
        var watched = await StartAsync("Where is my parcel?");
        var other = await StartAsync("Wrong colour delivered.");
        await using var visitor = await VisitorAsync(watched.Token);
        await using var otherVisitor = await VisitorAsync(other.Token);
        await using var screen = new HubConnectionBuilder()
            .WithUrl(new Uri(fx.BaseAddress, "/live"), o => o.Headers[ApiKey.Header] = fx.KeyOf(Roles.Agent)).Build();
        var changed = Listen<long>(screen, "caseChanged");
        await screen.StartAsync(Ct);
        var caseId = Frontline.Cases.Case.IdOf(watched.Reference)!.Value;
        await screen.InvokeAsync("WatchCase", caseId, Ct);

        await otherVisitor.InvokeAsync("Send", "Blue, not red.", Ct);
        await visitor.InvokeAsync("Send", "Tracking says delivered.", Ct);

        (await NextAsync(changed)).ShouldBe(caseId);
        await screen.InvokeAsync("UnwatchCase", caseId, Ct);
        await visitor.InvokeAsync("Send", "Still nothing.", Ct);
        await Task.Delay(300, Ct);
        changed.TryRead(out _).ShouldBeFalse("the screen stopped watching");
    }

    [Fact]
    public async Task An_agent_watching_a_customer_hears_of_each_new_touchpoint_of_theirs_and_of_no_one_elses()
    {
        var watched = await Given.CustomerAsync(_agent, "Wanda Watched");
        var other = await Given.CustomerAsync(_agent, "Otto Other");
        await using var screen = new HubConnectionBuilder()
            .WithUrl(new Uri(fx.BaseAddress, "/live"), o => o.Headers[ApiKey.Header] = fx.KeyOf(Roles.Agent)).Build();
        var changed = Listen<long>(screen, "customerChanged");
        await screen.StartAsync(Ct);
        await screen.InvokeAsync("WatchCustomer", watched.Id, Ct);
        object Note(string body) => new { channel = "Phone", direction = "Inbound", body };

        (await _agent.PostJsonAsync($"/api/v1/customers/{other.Id}/touchpoints", Note("Otto called."))).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await _agent.PostJsonAsync($"/api/v1/customers/{watched.Id}/touchpoints", Note("Wanda called."))).StatusCode.ShouldBe(HttpStatusCode.Created);

        (await NextAsync(changed)).ShouldBe(watched.Id, "the first it hears of is Wanda's, not Otto's earlier one");
        await screen.InvokeAsync("UnwatchCustomer", watched.Id, Ct);
        (await _agent.PostJsonAsync($"/api/v1/customers/{watched.Id}/touchpoints", Note("Wanda again."))).StatusCode.ShouldBe(HttpStatusCode.Created);
        await Task.Delay(300, Ct);
        changed.TryRead(out _).ShouldBeFalse("the screen stopped watching");
    }

    [Fact]
    public async Task The_live_line_for_agents_refuses_anyone_not_signed_in()
    {
        await using var stranger = new HubConnectionBuilder().WithUrl(new Uri(fx.BaseAddress, "/live")).Build();

        var refused = await Should.ThrowAsync<HttpRequestException>(() => stranger.StartAsync(Ct));

        refused.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Starting_a_chat_with_bad_input_names_each_field_and_opens_nothing()
    {
        var cases = await fx.CountAsync<Frontline.Cases.Case>();
        var sessions = await fx.CountAsync<ChatSession>();

        var response = await _visitor.PostJsonAsync("/chat/sessions", new { name = "", email = "not an address", categoryId = 999_999, message = new string('x', 4_001) });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ProblemFieldsAsync()).ShouldBe(["name", "email", "message", "categoryId"], ignoreOrder: true);
        (await fx.CountAsync<Frontline.Cases.Case>()).ShouldBe(cases);
        (await fx.CountAsync<ChatSession>()).ShouldBe(sessions);
    }

    [Fact]
    public async Task A_visitor_cannot_speak_with_a_wrong_or_ended_token_and_an_empty_line_is_refused_in_words()
    {
        var started = await StartAsync("Invoice shows the wrong address.");
        await using var visitor = await VisitorAsync(started.Token);
        var touchpoints = await fx.CountAsync<Touchpoint>();

        var empty = await Should.ThrowAsync<HubException>(() => visitor.InvokeAsync("Send", "   ", Ct));
        var tooLong = await Should.ThrowAsync<HubException>(() => visitor.InvokeAsync("Send", new string('x', Chats.MaxMessageLength + 1), Ct));
        (await fx.CountAsync<Touchpoint>()).ShouldBe(touchpoints);
        empty.Message.ShouldContain("message");
        tooLong.Message.ShouldContain("at most 4000");
        (await _visitor.SendAsync(Transcript(started.SessionId, "wrong-token"), Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        await visitor.InvokeAsync("End", Ct);

        (await Should.ThrowAsync<HubException>(() => visitor.InvokeAsync("Send", "Hello?", Ct))).Message.ShouldContain("ended");

        (await _visitor.SendAsync(Transcript(started.SessionId, started.Token), Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await using var again = await VisitorAsync(started.Token, start: false);
        var closed = new TaskCompletionSource();
        again.Closed += _ => { closed.TrySetResult(); return Task.CompletedTask; };
        await again.StartAsync(Ct);
        await closed.Task.WaitAsync(TimeSpan.FromSeconds(10), Ct);
        var timeline = await (await _agent.GetAsync($"/api/v1/cases/{Frontline.Cases.Case.IdOf(started.Reference)}/timeline", Ct)).ReadAsync<Page<TimelineEntry>>();
        timeline.Items.Last().Body.ShouldBe("The customer left the chat.");
    }

    [Fact]
    public async Task A_chat_nobody_speaks_in_ends_by_itself_once_and_tells_the_visitor_while_a_lively_one_stays_open()
    {
        var quiet = await StartAsync("Is anyone there?");
        var lively = await StartAsync("Still here, waiting.");
        var later = DateTime.UtcNow + Chats.DefaultIdle + TimeSpan.FromMinutes(5);
        await using (var db = fx.OpenDb())
        {
            var session = (await Chats.FindAsync(db, lively.Token, Ct)).ShouldNotBeNull();
            (await Chats.SayAsync(db, session, "Hello? Anyone?", later - TimeSpan.FromMinutes(10), Ct)).Value.ShouldNotBeNull();
        }
        await using var visitor = await VisitorAsync(quiet.Token);
        var toVisitor = Listen<ChatMessage>(visitor, "message");
        var quietCase = Frontline.Cases.Case.IdOf(quiet.Reference)!.Value;
        var livelyCase = Frontline.Cases.Case.IdOf(lively.Reference)!.Value;

        // as the job does on two nodes, through the app's own databases: their commits wake the dispatcher
        var databases = fx.Services.GetRequiredService<IDbContextFactory<Frontline.Data.FrontlineDb>>();
        await using var first = await databases.CreateDbContextAsync(Ct);
        await using var second = await databases.CreateDbContextAsync(Ct);
        await Task.WhenAll(Chats.EndIdleAsync(first, Chats.DefaultIdle, later, Ct), Chats.EndIdleAsync(second, Chats.DefaultIdle, later, Ct));

        await using var check = fx.OpenDb();
        (await Chats.IsOpenAsync(check, quietCase, Ct)).ShouldBeFalse();
        (await Chats.IsOpenAsync(check, livelyCase, Ct)).ShouldBeTrue();
        (await check.Touchpoints.CountAsync(t => t.CaseId == quietCase && t.Body.StartsWith("This chat has ended after 30 minutes"), Ct)).ShouldBe(1);
        (await toVisitor.ReadAsync(Ct).AsTask().WaitAsync(TimeSpan.FromSeconds(10), Ct)).Body.ShouldContain("Start a new chat to go on.");
        (await Should.ThrowAsync<HubException>(() => visitor.InvokeAsync("Send", "Hello?", Ct))).Message.ShouldContain("ended");
    }

    private object Start(string message) => new { name = "Dana Visitor", email = Given.UniqueEmail("chat"), categoryId = _category, message };

    private long _category;

    private async Task<ChatStarted> StartAsync(string message)
    {
        _category = await fx.IdOfCategoryAsync("Delivery");
        var response = await _visitor.PostJsonAsync("/chat/sessions", Start(message));
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return await response.ReadAsync<ChatStarted>();
    }

    private async Task<HubConnection> VisitorAsync(string token, bool start = true)
    {
        // the lines written so far have gone out: the visitor reads them in the transcript, and hears only what follows
        await fx.EventsDeliveredAsync();
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(fx.BaseAddress, ChatHub.Path), o => o.AccessTokenProvider = () => Task.FromResult<string?>(token)).Build();
        if (!start) return connection;
        await connection.StartAsync(Ct);
        // once a call has answered, the connection has joined its case's group
        (await connection.InvokeAsync<List<ChatMessage>>("Transcript", Ct)).ShouldNotBeEmpty();
        return connection;
    }

    private static HttpRequestMessage Transcript(long sessionId, string token) =>
        new(HttpMethod.Get, $"/chat/sessions/{sessionId}/messages") { Headers = { { ChatEndpoints.TokenHeader, token } } };

    private async Task<List<ChatMessage>> TranscriptAsync(ChatStarted started) =>
        await (await _visitor.SendAsync(Transcript(started.SessionId, started.Token), Ct)).ReadAsync<List<ChatMessage>>();

    private static ChannelReader<T> Listen<T>(HubConnection connection, string method)
    {
        var heard = System.Threading.Channels.Channel.CreateUnbounded<T>();
        connection.On<T>(method, m => heard.Writer.TryWrite(m));
        return heard.Reader;
    }

    private static async Task<T> NextAsync<T>(ChannelReader<T> reader) =>
        await reader.ReadAsync(Ct).AsTask().WaitAsync(TimeSpan.FromSeconds(10), Ct);
}

[Collection(SqliteCollection.Name)]
public sealed class ChatOnSqlite(SqliteApi fx) : ChatTests(fx);

[Collection(PostgresCollection.Name)]
public sealed class ChatOnPostgres(PostgresApi fx) : ChatTests(fx);
