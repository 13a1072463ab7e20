using System.Net;
using System.Threading.Channels;
using Frontline.Identity;
using Frontline.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;

namespace Frontline.Tests.Live;

public abstract class LiveScreensTests(ApiFixture fx)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private readonly HttpClient _agent = fx.As(Roles.Agent);

    private HubConnection Screen() => new HubConnectionBuilder()
        .WithUrl(new Uri(fx.BaseAddress, "/live"), o => o.Headers[ApiKey.Header] = fx.KeyOf(Roles.Agent)).Build();

    private static ChannelReader<T> Listen<T>(HubConnection connection, string method)
    {
        var heard = System.Threading.Channels.Channel.CreateUnbounded<T>();
        connection.On<T>(method, m => heard.Writer.TryWrite(m));
        return heard.Reader;
    }

    private static async Task<T> NextAsync<T>(ChannelReader<T> reader) =>
        await reader.ReadAsync(Ct).AsTask().WaitAsync(TimeSpan.FromSeconds(10), Ct);

    [Fact]
    public async Task A_case_screen_hears_of_a_status_change_and_a_queue_screen_of_a_handoff()
    {
        var customer = await Given.CustomerAsync(_agent, "Lea Live", Given.UniqueEmail());
        var @case = await Given.CaseAsync(_agent, fx, customer.Id);
        await fx.EventsDeliveredAsync();
        await using var screen = Screen();
        var changed = Listen<long>(screen, "caseChanged");
        var queues = Listen<long[]>(screen, "queuesChanged");
        await screen.StartAsync(Ct);
        await screen.InvokeAsync("WatchCase", @case.Id, Ct);
        await screen.InvokeAsync("WatchQueues", Ct);

        (await _agent.PutJsonAsync($"/api/v1/cases/{@case.Id}/status", new { status = "Pending" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await NextAsync(changed)).ShouldBe(@case.Id);
        while (changed.TryRead(out _)) { }
        (await _agent.PutJsonAsync($"/api/v1/cases/{@case.Id}/assignment", new { teamId = fx.TeamId })).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await NextAsync(changed)).ShouldBe(@case.Id);
        (await NextAsync(queues)).ShouldContain(@case.Id);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class LiveScreensOnSqlite(SqliteApi fx) : LiveScreensTests(fx);

[Collection(PostgresCollection.Name)]
public sealed class LiveScreensOnPostgres(PostgresApi fx) : LiveScreensTests(fx);
