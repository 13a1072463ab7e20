using System.Net;
using Frontline.Tests.Infrastructure;
using Frontline.Web;
using Frontline.Web.Cli;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Frontline.Tests.Channels;

/// <summary>
/// Its own server (a small limit, its own address budget), since the limit is per address and every other chat
/// test shares 127.0.0.1 with it.
/// </summary>
public sealed class ChatRateLimitTests : IAsyncLifetime
{
    private const int Limit = 3;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"frontline-chat-limit-{Guid.NewGuid():N}");
    private WebApplication _app = null!;
    private HttpClient _visitor = null!;

    public async ValueTask InitializeAsync()
    {
        _app = FrontlineApp.Build([$"--Frontline:DataDirectory={_folder}", "--urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning",
            "--Frontline:Scheduling=false", $"--Frontline:Chat:StartsPerMinute={Limit}"]);
        await Startup.MigrateAsync(_app.Services, CancellationToken.None);
        await using (var scope = _app.Services.CreateAsyncScope())
            await Frontline.Demo.ReferenceData.EnsureAsync(scope.ServiceProvider.GetRequiredService<Frontline.Data.FrontlineDb>(), CancellationToken.None);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _visitor = new HttpClient { BaseAddress = new Uri(address) };
    }

    [Fact]
    public async Task Starting_chats_is_limited_per_address_and_a_refused_start_opens_nothing_and_says_so_as_problem_details()
    {
        var ct = TestContext.Current.CancellationToken;
        var topics = await (await _visitor.GetAsync("/chat/topics", ct)).ReadAsync<List<Frontline.Channels.Chat.ChatTopic>>();
        object Start() => new { name = "Flo Flood", email = Given.UniqueEmail("flood"), categoryId = topics[0].Id, message = "Hello?" };
        var accepted = new List<HttpStatusCode>();
        for (var i = 0; i < Limit; i++) accepted.Add((await _visitor.PostJsonAsync("/chat/sessions", Start())).StatusCode);

        var refused = await _visitor.PostJsonAsync("/chat/sessions", Start());

        accepted.ShouldAllBe(s => s == HttpStatusCode.Created);
        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        refused.Headers.RetryAfter.ShouldNotBeNull();
        using var problem = System.Text.Json.JsonDocument.Parse(await refused.Content.ReadAsStringAsync(ct));
        problem.RootElement.GetProperty("status").GetInt32().ShouldBe(429);
        problem.RootElement.GetProperty("title").GetString()!.ShouldContain("try again in a minute");
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Frontline.Data.FrontlineDb>();
        db.Cases.Count().ShouldBe(Limit);
    }

    public async ValueTask DisposeAsync()
    {
        _visitor.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
