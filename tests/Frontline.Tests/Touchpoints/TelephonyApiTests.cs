using System.Net;
using Frontline.Api;
using Frontline.Customers;
using Frontline.Identity;
using Microsoft.AspNetCore.SignalR.Client;
using Frontline.Tests.Infrastructure;
using Frontline.Touchpoints;

namespace Frontline.Tests.Touchpoints;

public abstract class TelephonyApiTests(ApiFixture fx)
{
    private readonly HttpClient _switchboard = fx.As("Agent");

    [Fact]
    public async Task A_calls_events_make_one_touchpoint_on_the_callers_customer_and_retries_change_nothing()
    {
        var number = $"+49 30 {Random.Shared.Next(1_000_000, 9_999_999)}";
        var customer = await Given.CustomerAsync(_switchboard, phone: number);
        var callId = Guid.NewGuid().ToString();
        var started = DateTime.UtcNow.AddMinutes(-5);
        object Event(string kind, object? extra = null) => new
        {
            @event = kind, callId, from = number.Replace(" ", ""), to = "+4930999999", direction = "Inbound", at = kind == "Started" ? started : started.AddSeconds(252),
            recordingUrl = "https://recordings.example.com/" + callId,
        };

        foreach (var kind in new[] { "Started", "Started", "Ended", "Ended", "Recording", "Recording" })
            (await _switchboard.PostJsonAsync("/api/v1/telephony/events", Event(kind))).StatusCode.ShouldBe(HttpStatusCode.OK);

        var timeline = await (await _switchboard.GetAsync($"/api/v1/customers/{customer.Id}/timeline")).ReadAsync<Page<TimelineEntry>>();
        var call = timeline.Items.ShouldHaveSingleItem();
        call.Channel.ShouldBe(Channel.Phone);
        call.DurationSeconds.ShouldBe(252);
        call.Body.ShouldBe($"Call from {number.Replace(" ", "")}. Ended after 4 min 12 s. Recording: https://recordings.example.com/{callId}");
    }

    [Fact]
    public async Task A_call_that_reaches_an_agent_opens_the_caller_on_their_screens_only_and_is_noted_as_theirs()
    {
        var number = $"+49 30 {Random.Shared.Next(1_000_000, 9_999_999)}";
        var customer = await Given.CustomerAsync(_switchboard, "Carl Caller", phone: number);
        var other = await Given.CustomerAsync(_switchboard, "Olga Other", phone: $"+49 40 {Random.Shared.Next(1_000_000, 9_999_999)}");
        var colleagueEmail = $"colleague.{Guid.NewGuid():N}@frontline.test";
        (await fx.As(Roles.Admin).PostJsonAsync("/api/v1/agents", new
        {
            email = colleagueEmail, displayName = "Cleo Colleague", password = ApiFixture.Password,
            role = Roles.Agent, teamIds = Array.Empty<long>()
        })).StatusCode.ShouldBe(HttpStatusCode.Created);
        await using var mine = await ScreenAsync(ApiFixture.EmailOf(Roles.Agent));
        await using var theirs = await ScreenAsync(colleagueEmail);
        object Started(CustomerDetails who, string agent) => new
        {
            @event = "Started", callId = Guid.NewGuid().ToString(), from = who.Phones[0], direction = "Inbound", agent,
        };

        (await _switchboard.PostJsonAsync("/api/v1/telephony/events", Started(customer, ApiFixture.EmailOf(Roles.Agent)))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _switchboard.PostJsonAsync("/api/v1/telephony/events", Started(other, colleagueEmail))).StatusCode.ShouldBe(HttpStatusCode.OK);

        var popped = await mine.Pops.ReadAsync(TestContext.Current.CancellationToken).AsTask().WaitAsync(TimeSpan.FromSeconds(10));
        (popped.CustomerId, popped.Name, popped.Number).ShouldBe((customer.Id, "Carl Caller", customer.Phones[0]));
        // a screen hears its own calls in order: had the first call reached the colleague, it would come first
        (await theirs.Pops.ReadAsync(TestContext.Current.CancellationToken).AsTask().WaitAsync(TimeSpan.FromSeconds(10))).CustomerId.ShouldBe(other.Id);
        var timeline = await (await _switchboard.GetAsync($"/api/v1/customers/{customer.Id}/timeline")).ReadAsync<Page<TimelineEntry>>();
        timeline.Items.ShouldHaveSingleItem().Body.ShouldEndWith("Taken by Test Agent.");
    }

    [Fact]
    public async Task A_call_for_an_unknown_agent_is_named_and_nothing_is_written()
    {
        var before = await fx.CountAsync<Touchpoint>();

        var response = await _switchboard.PostJsonAsync("/api/v1/telephony/events",
            new { @event = "Started", callId = Guid.NewGuid().ToString(), from = "+4930123456", direction = "Inbound", agent = "nobody@frontline.test" });

        (await response.ProblemFieldsAsync()).ShouldBe(["agent"]);
        (await fx.CountAsync<Touchpoint>()).ShouldBe(before);
    }

    private sealed class Screen(HubConnection connection, System.Threading.Channels.Channel<ScreenPop> pops) : IAsyncDisposable
    {
        public System.Threading.Channels.ChannelReader<ScreenPop> Pops => pops.Reader;
        public ValueTask DisposeAsync() => connection.DisposeAsync();
    }

    /// <summary>An agent's browser on the live line, signed in with their cookie as the UI is.</summary>
    private async Task<Screen> ScreenAsync(string email)
    {
        var (_, cookies) = await fx.SignInWithCookiesAsync(email);
        var connection = new HubConnectionBuilder().WithUrl(new Uri(fx.BaseAddress, "/live"), o => o.Cookies = cookies).Build();
        var pops = System.Threading.Channels.Channel.CreateUnbounded<ScreenPop>();
        connection.On<ScreenPop>("callStarted", pop => pops.Writer.TryWrite(pop));
        await connection.StartAsync(TestContext.Current.CancellationToken);
        return new Screen(connection, pops);
    }

    [Fact]
    public async Task A_call_from_an_unreadable_number_is_named_and_nothing_is_written()
    {
        var before = await fx.CountAsync<Touchpoint>();

        var response = await _switchboard.PostJsonAsync("/api/v1/telephony/events",
            new { @event = "Started", callId = Guid.NewGuid().ToString(), from = "anonymous", direction = "Inbound" });

        (await response.ProblemFieldsAsync()).ShouldBe(["from"]);
        (await fx.CountAsync<Touchpoint>()).ShouldBe(before);
    }

    [Fact]
    public async Task An_agent_logs_a_store_visit_with_its_duration_and_outcome()
    {
        var customer = await Given.CustomerAsync(_switchboard);
        var @case = await Given.CaseAsync(_switchboard, fx, customer.Id);

        var visit = await (await _switchboard.PostJsonAsync($"/api/v1/cases/{@case.Id}/touchpoints", new
        {
            channel = "StoreVisit", direction = "Inbound", durationSeconds = 600, outcome = "Remote replaced", body = "Came to the counter with the remote.",
        })).ReadAsync<TimelineEntry>();
        var bad = await _switchboard.PostJsonAsync($"/api/v1/cases/{@case.Id}/touchpoints",
            new { channel = "Phone", direction = "Inbound", durationSeconds = -1, body = "x" });

        (visit.DurationSeconds, visit.Outcome).ShouldBe(((int?)600, "Remote replaced"));
        (await bad.ProblemFieldsAsync()).ShouldBe(["durationSeconds"]);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class TelephonyOnSqlite(SqliteApi fx) : TelephonyApiTests(fx);

[Collection(PostgresCollection.Name)]
public sealed class TelephonyOnPostgres(PostgresApi fx) : TelephonyApiTests(fx);
