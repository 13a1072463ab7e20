using Frontline.Data;
using Frontline.Tests.Infrastructure;
using Frontline.Touchpoints;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Frontline.Tests.Data;

/// <summary>Live screens hear of what the database committed: after the commit, and never of what was rolled back.</summary>
public abstract class ChangeFeedTests(ApiFixture fx)
{
    private sealed class Recorder : IChangeListener
    {
        public readonly List<CommittedChanges> Heard = [];

        public Task ChangedAsync(CommittedChanges changes, CancellationToken ct)
        {
            Heard.Add(changes);
            return Task.CompletedTask;
        }
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_change_is_told_once_after_its_transaction_commits_and_a_rolled_back_one_never()
    {
        var client = fx.As("Agent");
        var customer = await Given.CustomerAsync(client, email: Given.UniqueEmail("feed"));
        var @case = await Given.CaseAsync(client, fx, customer.Id);
        var recorder = new Recorder();
        await using var services = new ServiceCollection().AddSingleton<IChangeListener>(recorder).AddFrontlineData(fx.Database).BuildServiceProvider();
        var databases = services.GetRequiredService<IDbContextFactory<FrontlineDb>>();
        Touchpoint Note(string body) => CaseTouch.Of(customer.Id, @case.Id, Channel.Phone, null, DateTime.UtcNow, body);

        await using (var db = await databases.CreateDbContextAsync(Ct))
        {
            await using var tx = await db.Database.BeginTransactionAsync(Ct);
            db.Touchpoints.Add(Note("rolled back"));
            await db.SaveChangesAsync(Ct);
            await tx.RollbackAsync(Ct);
        }
        recorder.Heard.ShouldBeEmpty();

        await using (var db = await databases.CreateDbContextAsync(Ct))
        {
            await using var tx = await db.Database.BeginTransactionAsync(Ct);
            db.Touchpoints.Add(Note("first"));
            await db.SaveChangesAsync(Ct);
            db.Touchpoints.Add(Note("second"));
            await db.SaveChangesAsync(Ct);
            recorder.Heard.ShouldBeEmpty("nothing is told before the commit");
            await tx.CommitAsync(Ct);
        }
        await using (var db = await databases.CreateDbContextAsync(Ct))
        {
            // two rows: EF Core wraps the save in its own transaction
            db.Touchpoints.AddRange(Note("without a transaction"), Note("in the same save"));
            await db.SaveChangesAsync(Ct);
        }

        recorder.Heard.Count.ShouldBe(2);
        recorder.Heard[0].CaseIds.ShouldBe([@case.Id]);
        recorder.Heard[0].Touchpoints.Select(t => t.Body).ShouldBe(["first", "second"]);
        recorder.Heard[1].Touchpoints.Select(t => t.Body).ShouldBe(["without a transaction", "in the same save"]);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ChangeFeedOnSqlite(SqliteApi fx) : ChangeFeedTests(fx);

[Collection(PostgresCollection.Name)]
public sealed class ChangeFeedOnPostgres(PostgresApi fx) : ChangeFeedTests(fx);
