using System.Net.Http.Headers;
using Frontline.Data;
using Frontline.Demo;
using Frontline.Identity;
using Frontline.Web;
using Frontline.Web.Cli;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Frontline.Tests.Infrastructure;

/// <summary>
/// The real Frontline web app on a loopback port, over one real database, with one person and one API key
/// per role. Each database kind derives from it; the same test classes run against both.
/// </summary>
public abstract class ApiFixture : IAsyncLifetime
{
    private static readonly Actor Setup = new(null, null, "Test setup", Roles.Admin);

    private readonly Dictionary<string, string> _keys = new();
    private readonly Dictionary<string, long> _agents = new();
    private WebApplication? _app;

    public DatabaseOptions Database { get; private set; } = null!;
    public MailServer Mail { get; private set; } = null!;
    public Uri BaseAddress { get; private set; } = null!;
    public IServiceProvider Services => _app!.Services;

    protected abstract Task<DatabaseOptions> CreateDatabaseAsync();

    public async ValueTask InitializeAsync()
    {
        Database = await CreateDatabaseAsync();
        Mail = await MailServer.StartAsync();
        string[] database = Database.Provider == DatabaseProvider.PostgreSql
            ? ["--Database:Provider=PostgreSql", $"--ConnectionStrings:Frontline={Database.ConnectionString}"]
            : [$"--ConnectionStrings:Frontline={Database.ConnectionString}"];
        _app = FrontlineApp.Build([.. database, "--urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning",
            "--Frontline:Mail:SmtpHost=127.0.0.1", $"--Frontline:Mail:SmtpPort={Mail.SmtpPort}",
            "--Frontline:Mail:ImapHost=127.0.0.1", $"--Frontline:Mail:ImapPort={Mail.ImapPort}", $"--Frontline:Chat:StartsPerMinute={ChatStartsPerMinute}",
            "--Frontline:Portal:SignInsPerMinute=20", "--Frontline:Portal:CasesPerMinute=20",
            // the customer is asked to confirm at once; the undo window's wait is tested with a handler of its own
            "--Frontline:Closure:UndoSeconds=0",
            // the tests' webhook receivers listen on 127.0.0.2, so "localhost" (127.0.0.1) is still refused here
            $"--Frontline:Webhooks:AllowedAddresses={WebhookReceiverAddress}/32", "--Frontline:Webhooks:RetrySchedule=0,1,1,1",
            // above eleven, so the lockout is reached; the throttle itself is tested on its own
            "--Frontline:SignIn:FailuresPerAddressPerMinute=15", "--Frontline:SignIn:FailuresPerSourcePerMinute=1000"]);
        await Startup.MigrateAsync(_app.Services, CancellationToken.None);
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FrontlineDb>();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<Agent>>();
            await ReferenceData.EnsureAsync(db, CancellationToken.None);
            // the four people work in one team, so the test lead is the test agent's lead
            var team = new Team { Name = FixtureTeam };
            db.Teams.Add(team);
            await db.SaveChangesAsync();
            TeamId = team.Id;
            foreach (var role in Roles.All)
            {
                var (errors, agent) = await AgentAccounts.CreateAsync(
                    new AgentInput(EmailOf(role), $"Test {role}", Password, role, [team.Id]), Setup, users, db, TimeProvider.System,
                    CancellationToken.None);
                _agents[role] = agent?.Id ?? throw new InvalidOperationException(string.Join("; ", errors.ToDictionary().SelectMany(e => e.Value)));
                var (_, issued) = await ApiKeys.IssueAsync(new ApiKeyInput($"test {role}", role, agent.Id), Setup, db, TimeProvider.System,
                    CancellationToken.None);
                _keys[role] = issued!.Secret;
            }
        }
        await _app.StartAsync();
        BaseAddress = new Uri(_app.Urls.First());
    }

    public const string Password = "Test-password-1";

    /// <summary>The one loopback address webhooks may reach in the tests.</summary>
    public const string WebhookReceiverAddress = Webhooks.WebhookReceiver.AllowedAddress;

    public const string FixtureTeam = "Test team";

    /// <summary>The team of the four test people (one per role) whose keys <see cref="As"/> hands out.</summary>
    public long TeamId { get; private set; }

    /// <summary>Chats one address may start a minute here: enough for the tests, few enough to reach the limit.</summary>
    public const int ChatStartsPerMinute = 20;

    public static string EmailOf(string role) => $"{role.ToLowerInvariant()}@frontline.test";

    public long AgentId(string role) => _agents[role];

    public string KeyOf(string role) => _keys[role];

    /// <summary>A client that signs in with the API key of <paramref name="role"/>, acting for the test person of that role.</summary>
    public HttpClient As(string role)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Add(ApiKey.Header, _keys[role]);
        return client;
    }

    /// <summary>A client with a key that <paramref name="role"/>'s admin key issues through the API for one person or service account.</summary>
    public async Task<(long KeyId, HttpClient Client)> KeyAsync(string role, long? actsForAgentId = null, long? serviceAccountId = null)
    {
        var response = await As(Roles.Admin).PostAsync("/api/v1/api-keys", System.Net.Http.Json.JsonContent.Create(
            new { name = $"key {Guid.NewGuid():N}", role, actsForAgentId, serviceAccountId }));
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException(text);
        var issued = System.Text.Json.JsonDocument.Parse(text).RootElement;
        var client = Anonymous();
        client.DefaultRequestHeaders.Add(ApiKey.Header, issued.GetProperty("secret").GetString());
        return (issued.GetProperty("key").GetProperty("id").GetInt64(), client);
    }

    /// <summary>Creates a service account of <paramref name="teamId"/> through the admin API and issues it a key.</summary>
    public async Task<(long AccountId, HttpClient Client)> ServiceAccountKeyAsync(
        long teamId, string role = Roles.Agent, bool changesCustomerData = false)
    {
        var response = await As(Roles.Admin).PostAsync("/api/v1/service-accounts", System.Net.Http.Json.JsonContent.Create(
            new { name = $"integration {Guid.NewGuid():N}", teamId, changesCustomerData }));
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException(text);
        var id = System.Text.Json.JsonDocument.Parse(text).RootElement.GetProperty("id").GetInt64();
        return (id, (await KeyAsync(role, serviceAccountId: id)).Client);
    }

    /// <summary>A key as keys were issued before they acted for anyone: straight into the database, since the API no longer issues such keys.</summary>
    public async Task<HttpClient> KeyForNobodyAsync(string role)
    {
        await using var db = OpenDb();
        var (key, secret) = ApiKey.Issue($"old key {Guid.NewGuid():N}", role, DateTime.UtcNow, null);
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync();
        var client = Anonymous();
        client.DefaultRequestHeaders.Add(ApiKey.Header, secret);
        return client;
    }

    /// <summary>A client signed in with the cookie of one person, as the UI is.</summary>
    public async Task<HttpClient> SignInAsync(string email, string password = Password) => (await SignInWithCookiesAsync(email, password)).Client;

    /// <summary>As <see cref="SignInAsync"/>, also handing out the cookies (for a SignalR connection as that person).</summary>
    public async Task<(HttpClient Client, System.Net.CookieContainer Cookies)> SignInWithCookiesAsync(string email, string password = Password)
    {
        var cookies = new System.Net.CookieContainer();
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies }) { BaseAddress = BaseAddress };
        var form = await client.GetStringAsync("/login");
        var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = email, ["password"] = password, ["__RequestVerificationToken"] = token,
        }));
        if (response.Headers.Location?.ToString().StartsWith("/login") != false) throw new InvalidOperationException($"{email} could not sign in.");
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return (client, cookies);
    }

    /// <summary>Adds a person through the admin API and signs them in.</summary>
    public async Task<(long Id, HttpClient Client)> NewAgentAsync(string name, string role = Roles.Agent, params long[] teamIds)
    {
        var email = $"{name.Replace(' ', '.').ToLowerInvariant()}.{Guid.NewGuid():N}@frontline.test";
        var response = await As(Roles.Admin).PostAsync("/api/v1/agents", System.Net.Http.Json.JsonContent.Create(
            new { email, displayName = name, password = Password, role, teamIds }));
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException(text);
        var id = System.Text.Json.JsonDocument.Parse(text).RootElement.GetProperty("id").GetInt64();
        return (id, await SignInAsync(email));
    }

    public HttpClient Anonymous()
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    public FrontlineDb OpenDb() => DataModule.Open(Database);

    /// <summary>Waits until every event committed so far has been handed to its handlers (those due now).</summary>
    public Task EventsDeliveredAsync() =>
        Services.GetRequiredService<Frontline.Events.EventDispatcher>().DrainAsync(TestContext.Current.CancellationToken);

    public async Task<long> CountAsync<T>() where T : class
    {
        await using var db = OpenDb();
        return await db.Set<T>().LongCountAsync();
    }

    public async Task<long> IdOfCategoryAsync(string name)
    {
        await using var db = OpenDb();
        return await db.Categories.Where(c => c.Name == name).Select(c => c.Id).SingleAsync();
    }

    public async Task<long> IdOfProductAsync(string sku)
    {
        await using var db = OpenDb();
        return await db.Products.Where(p => p.Sku == sku).Select(p => p.Id).SingleAsync();
    }

    public virtual async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        if (Mail is not null) await Mail.DisposeAsync();
    }
}

public sealed class SqliteApi : ApiFixture
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"frontline-test-{Guid.NewGuid():N}");

    protected override Task<DatabaseOptions> CreateDatabaseAsync() => Task.FromResult(DatabaseOptions.Sqlite(_folder));

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}

public sealed class PostgresApi : ApiFixture
{
    private PostgresCluster? _cluster;

    protected override async Task<DatabaseOptions> CreateDatabaseAsync()
    {
        _cluster = await PostgresCluster.StartAsync();
        return new DatabaseOptions(DatabaseProvider.PostgreSql, _cluster.ConnectionString("frontline"));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Npgsql.NpgsqlConnection.ClearAllPools();
        if (_cluster is not null) await _cluster.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class SqliteCollection : ICollectionFixture<SqliteApi>
{
    public const string Name = "SQLite";
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresApi>
{
    public const string Name = "PostgreSQL";
}
