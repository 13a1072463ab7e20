using System.Collections.Concurrent;
using Frontline.Cases;
using Frontline.Data;
using Frontline.Events;
using Frontline.Identity;
using Frontline.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Frontline.Tests.Events;

/// <summary>
/// The dispatcher on its own database, with handlers of the test's own: every committed event reaches every subscribed
/// handler, in order per case, a failing handler holds back nobody else and is parked, and two nodes never both run one
/// delivery while a node that died mid-delivery is taken over after its lease.
/// </summary>
public abstract class DispatcherTests(ApiFixture fx) : IAsyncLifetime
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly Actor Tester = new(null, null, "Dispatcher test", Roles.Agent);

    /// <summary>What the handlers did, and how each should behave; shared by every node of one test.</summary>
    private sealed class Script
    {
        public readonly ConcurrentQueue<(string Handler, long Position, long? CaseId)> Handled = new();
        public readonly ConcurrentDictionary<long, int> FailuresLeft = new();
        public volatile bool BrokenFixed;
        public TaskCompletionSource? Block;
    }

    private sealed class Recorder(Script script) : IEventHandler
    {
        public string Name => "recorder";
        public bool Handles(string type) => true;

        public Task HandleAsync(StoredEvent stored, CancellationToken ct)
        {
            if (script.FailuresLeft.TryGetValue(stored.Position, out var left) && left > 0)
            {
                script.FailuresLeft[stored.Position] = left - 1;
                throw new InvalidOperationException($"failing on purpose at {stored.Position}");
            }
            script.Handled.Enqueue((Name, stored.Position, stored.CaseId));
            return Task.CompletedTask;
        }
    }

    private sealed class StatusOnly(Script script) : IEventHandler
    {
        public string Name => "status-only";
        public bool Handles(string type) => type == "case.status-changed";

        public Task HandleAsync(StoredEvent stored, CancellationToken ct)
        {
            script.Handled.Enqueue((Name, stored.Position, stored.CaseId));
            return Task.CompletedTask;
        }
    }

    private sealed class Broken(Script script) : IEventHandler
    {
        public string Name => "broken";
        public bool Handles(string type) => true;

        public Task HandleAsync(StoredEvent stored, CancellationToken ct)
        {
            if (!script.BrokenFixed) throw new InvalidOperationException("the receiving system is down");
            script.Handled.Enqueue((Name, stored.Position, stored.CaseId));
            return Task.CompletedTask;
        }
    }

    private sealed class Slow(Script script) : IEventHandler
    {
        public string Name => "slow";
        public bool Handles(string type) => true;

        public async Task HandleAsync(StoredEvent stored, CancellationToken ct)
        {
            if (script.Block is { } block) await block.Task.WaitAsync(ct);
            script.Handled.Enqueue((Name, stored.Position, stored.CaseId));
        }
    }

    private readonly Script _script = new();
    private readonly List<ServiceProvider> _nodes = [];
    private DatabaseOptions _database = null!;
    private string? _folder;

    public async ValueTask InitializeAsync()
    {
        if (fx.Database.Provider == DatabaseProvider.PostgreSql)
        {
            var builder = new Npgsql.NpgsqlConnectionStringBuilder(fx.Database.ConnectionString) { Database = $"dispatch_{Guid.NewGuid():N}" };
            _database = new DatabaseOptions(DatabaseProvider.PostgreSql, builder.ConnectionString);
        }
        else
        {
            _folder = Path.Combine(Path.GetTempPath(), $"frontline-dispatch-{Guid.NewGuid():N}");
            _database = DatabaseOptions.Sqlite(_folder);
        }
        await using var db = DataModule.Open(_database);
        await db.Database.MigrateAsync(Ct);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var node in _nodes) await node.DisposeAsync();
        if (_folder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }
    }

    private EventDispatcher Node(params Type[] handlers) => Node(TimeSpan.FromMinutes(5), handlers);

    private EventDispatcher Node(TimeSpan lease, params Type[] handlers)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Frontline:Events:Dispatch"] = "false", ["Frontline:Events:MaxAttempts"] = "3",
            ["Frontline:Events:FirstBackoffMilliseconds"] = "1", ["Frontline:Events:MaxBackoffSeconds"] = "0.01",
            ["Frontline:Events:LeaseSeconds"] = lease.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton(_script).AddFrontlineData(_database)
            .AddFrontlineEvents(EventOptions.From(configuration));
        foreach (var handler in handlers) services.AddScoped(typeof(IEventHandler), handler);
        var node = services.BuildServiceProvider();
        _nodes.Add(node);
        return node.GetRequiredService<EventDispatcher>();
    }

    private async Task<List<long>> PublishAsync(params (long CaseId, CaseStatus To)[] changes)
    {
        await using var db = DataModule.Open(_database);
        var stored = changes.Select(c => db.Publish(Tester, DateTime.UtcNow, new CaseStatusChanged(c.CaseId, 1, CaseStatus.Open, c.To))).ToList();
        await db.SaveChangesAsync(Ct);
        return stored.Select(s => s.Position).ToList();
    }

    /// <summary>Runs rounds until nothing is due; waits out retry delays (a few milliseconds here).</summary>
    private static async Task SettleAsync(params EventDispatcher[] nodes)
    {
        for (var i = 0; i < 200; i++)
        {
            var work = 0;
            foreach (var node in nodes) work += await node.RoundAsync(Ct);
            if (work == 0) await Task.Delay(20, Ct);
            if (work == 0 && i > 10) return;
        }
    }

    [Fact]
    public async Task Every_committed_event_reaches_every_subscribed_handler_once_and_no_other()
    {
        var node = Node(typeof(Recorder), typeof(StatusOnly));
        var positions = await PublishAsync((1, CaseStatus.Pending), (2, CaseStatus.Resolved));
        await using (var db = DataModule.Open(_database))
        {
            await using var tx = await db.Database.BeginTransactionAsync(Ct);
            db.Publish(Tester, DateTime.UtcNow, new CaseStatusChanged(3, 1, CaseStatus.Open, CaseStatus.Closed));
            await db.SaveChangesAsync(Ct);
            await tx.RollbackAsync(Ct);
        }

        await SettleAsync(node);

        _script.Handled.Where(h => h.Handler == "recorder").Select(h => h.Position).Order().ShouldBe(positions);
        _script.Handled.Where(h => h.Handler == "status-only").Select(h => h.Position).Order().ShouldBe(positions);
        _script.Handled.ShouldNotContain(h => h.CaseId == 3, "a rolled-back event is never delivered");
    }

    [Fact]
    public async Task A_case_s_events_arrive_in_order_even_when_the_first_is_retried_while_other_cases_go_on()
    {
        var node = Node(typeof(Recorder));
        var positions = await PublishAsync((10, CaseStatus.Pending), (11, CaseStatus.Pending), (10, CaseStatus.Resolved),
            (10, CaseStatus.Closed));
        _script.FailuresLeft[positions[0]] = 2;

        await node.RoundAsync(Ct);
        _script.Handled.Select(h => h.CaseId).ShouldBe([11L], "case 11 goes on while case 10's first event waits to be retried");

        await SettleAsync(node);
        _script.Handled.Where(h => h.CaseId == 10).Select(h => h.Position).ShouldBe([positions[0], positions[2], positions[3]]);
    }

    [Fact]
    public async Task A_handler_that_keeps_failing_is_parked_with_its_error_holds_back_nobody_and_is_retried_by_an_admin()
    {
        var node = Node(typeof(Recorder), typeof(Broken));
        var positions = await PublishAsync((20, CaseStatus.Pending), (21, CaseStatus.Resolved));

        await SettleAsync(node);

        _script.Handled.Where(h => h.Handler == "recorder").Select(h => h.Position).Order().ShouldBe(positions);
        await using var db = DataModule.Open(_database);
        var parked = await ParkedDeliveries.LoadAsync(db, Ct);
        parked.Select(p => p.EventPosition).Order().ShouldBe(positions);
        parked.ShouldAllBe(p => p.Handler == "broken" && p.Attempts == 3 && p.LastError!.Contains("the receiving system is down"));

        _script.BrokenFixed = true;
        (await ParkedDeliveries.RetryAsync(db, parked[0].Id, DateTime.UtcNow, new EventSignal(), Ct)).ShouldBeTrue();
        (await ParkedDeliveries.RetryAsync(db, parked[0].Id, DateTime.UtcNow, new EventSignal(), Ct)).ShouldBeFalse("it is no longer parked");
        await SettleAsync(node);

        _script.Handled.Where(h => h.Handler == "broken").Select(h => h.Position).ShouldBe([parked[0].EventPosition]);
        (await ParkedDeliveries.LoadAsync(db, Ct)).ShouldHaveSingleItem().Id.ShouldBe(parked[1].Id);
    }

    [Fact]
    public async Task Two_nodes_draining_at_once_run_each_delivery_once()
    {
        var first = Node(typeof(Recorder), typeof(StatusOnly));
        var second = Node(typeof(Recorder), typeof(StatusOnly));
        var positions = await PublishAsync(Enumerable.Range(0, 60).Select(i => (100L + i % 7, CaseStatus.Pending)).ToArray());

        await Task.WhenAll(Task.Run(() => SettleAsync(first)), Task.Run(() => SettleAsync(second)));

        var handled = _script.Handled.ToList();
        handled.Count.ShouldBe(positions.Count * 2);
        handled.GroupBy(h => (h.Handler, h.Position)).ShouldAllBe(g => g.Count() == 1);
        foreach (var perCase in handled.Where(h => h.Handler == "recorder").GroupBy(h => h.CaseId))
            perCase.Select(h => h.Position).ShouldBeInOrder();
    }

    [Fact]
    public async Task A_delivery_held_by_a_node_that_died_is_taken_over_after_its_lease()
    {
        var dying = Node(TimeSpan.FromSeconds(1), typeof(Slow));
        var survivor = Node(TimeSpan.FromSeconds(1), typeof(Slow));
        _script.Block = new TaskCompletionSource();
        var position = (await PublishAsync((30, CaseStatus.Pending))).Single();
        using var death = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        var held = dying.RoundAsync(death.Token);
        await Task.Delay(300, Ct);
        (await survivor.RoundAsync(Ct)).ShouldBe(0, "the delivery is the first node's while its lease lasts");
        await death.CancelAsync();
        try
        {
            await held;
        }
        catch (OperationCanceledException)
        {
            // the node died mid-delivery: it never marked the delivery done
        }
        _script.Block = null;
        await Task.Delay(TimeSpan.FromSeconds(1.2), Ct);
        await SettleAsync(survivor);

        _script.Handled.ShouldHaveSingleItem().Position.ShouldBe(position);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class DispatcherOnSqlite(SqliteApi fx) : DispatcherTests(fx);

[Collection(PostgresCollection.Name)]
public sealed class DispatcherOnPostgres(PostgresApi fx) : DispatcherTests(fx);
