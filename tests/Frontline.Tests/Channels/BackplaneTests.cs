using System.Threading.Channels;
using Frontline.Channels.Chat;
using Frontline.Identity;
using Frontline.Tests.Infrastructure;
using Frontline.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Frontline.Tests.Channels;

/// <summary>
/// Two nodes on one PostgreSQL database and one Redis: a screen connected to one node hears of a change made
/// through the other, and a chat visitor on one node hears the agent who answered on the other.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class BackplaneTests(PostgresApi fx)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private WebApplication Node(string redis) => FrontlineApp.Build(["--Database:Provider=PostgreSql", $"--ConnectionStrings:Frontline={fx.Database.ConnectionString}",
        "--urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning", "--Frontline:Scheduling=false", $"--Frontline:Redis={redis}"]);

    private static Uri Address(WebApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    [Fact]
    public async Task Live_updates_and_chat_lines_cross_from_one_node_to_the_other_through_redis()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var a = Node(redis.ConnectionString);
        await using var b = Node(redis.ConnectionString);
        await a.StartAsync(Ct);
        await b.StartAsync(Ct);
        try
        {
            using var onA = new HttpClient { BaseAddress = Address(a) };
            onA.DefaultRequestHeaders.Add(ApiKey.Header, fx.KeyOf(Roles.Agent));
            using var visitorHttp = new HttpClient { BaseAddress = Address(b) };
            var started = await (await visitorHttp.PostJsonAsync("/chat/sessions", new
            {
                name = "Nora Node", email = Given.UniqueEmail("node"), categoryId = await fx.IdOfCategoryAsync("Delivery"), message = "Parcel is late.",
            })).ReadAsync<ChatStarted>();
            var caseId = Frontline.Cases.Case.IdOf(started.Reference)!.Value;

            await using var screen = new HubConnectionBuilder()
                .WithUrl(new Uri(Address(b), "/live"), o => o.Headers[ApiKey.Header] = fx.KeyOf(Roles.Agent)).Build();
            var changed = Channel.CreateUnbounded<long>();
            screen.On<long>("caseChanged", id => changed.Writer.TryWrite(id));
            await screen.StartAsync(Ct);
            await screen.InvokeAsync("WatchCase", caseId, Ct);
            await using var visitor = new HubConnectionBuilder()
                .WithUrl(new Uri(Address(b), ChatHub.Path), o => o.AccessTokenProvider = () => Task.FromResult<string?>(started.Token)).Build();
            var heard = Channel.CreateUnbounded<ChatMessage>();
            visitor.On<ChatMessage>("message", m => heard.Writer.TryWrite(m));
            await visitor.StartAsync(Ct);
            await visitor.InvokeAsync<List<ChatMessage>>("Transcript", Ct); // answered: the visitor has joined the case's group

            // the agent answers through node A
            (await onA.PostJsonAsync($"/api/v1/cases/{caseId}/touchpoints", new { channel = "Chat", direction = "Outbound", body = "It leaves the depot today." }))
                .StatusCode.ShouldBe(System.Net.HttpStatusCode.Created);

            (await changed.Reader.ReadAsync(Ct).AsTask().WaitAsync(TimeSpan.FromSeconds(10), Ct)).ShouldBe(caseId);
            (await heard.Reader.ReadAsync(Ct).AsTask().WaitAsync(TimeSpan.FromSeconds(10), Ct)).Body.ShouldBe("It leaves the depot today.");
        }
        finally
        {
            await b.StopAsync(CancellationToken.None);
            await a.StopAsync(CancellationToken.None);
        }
    }
}
