using Frontline.Audit;
using Frontline.Data;
using Frontline.Identity;
using Frontline.Tests.Infrastructure;
using Frontline.Web.Cli;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Tests.Audit;

public abstract class AuditChainTests(ApiFixture fx)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private bool OnPostgres => fx.Database.Provider == DatabaseProvider.PostgreSql;

    /// <summary>Runs <c>frontline audit verify</c> against the fixture's database and returns its exit code.</summary>
    private Task<int> VerifyCommandAsync()
    {
        string[] database = OnPostgres
            ? ["--database", fx.Database.ConnectionString]
            : ["--data", Path.GetDirectoryName(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(fx.Database.ConnectionString).DataSource)!];
        return FrontlineCli.Build().Parse(["audit", "verify", .. database]).InvokeAsync(cancellationToken: Ct);
    }

    private async Task<AuditEntry> LoggedCaseAsync()
    {
        var agent = fx.As(Roles.Agent);
        var opened = await Given.CaseAsync(agent, fx, (await Given.CustomerAsync(agent, "Chained Customer", Given.UniqueEmail())).Id);
        await fx.EventsDeliveredAsync();
        await using var db = fx.OpenDb();
        return await db.AuditLog.AsNoTracking().SingleAsync(a => a.CaseId == opened.Id && a.Type == "case.opened", Ct);
    }

    [Fact]
    public async Task An_untampered_chain_verifies()
    {
        await LoggedCaseAsync();
        (await fx.As(Roles.Agent).GetAsync("/api/v1/audit", Ct)).StatusCode.ShouldBe(System.Net.HttpStatusCode.Forbidden);
        await fx.EventsDeliveredAsync();

        await using var db = fx.OpenDb();
        var verdict = await AuditVerification.VerifyAsync(db, Ct);

        verdict.Break.ShouldBeNull();
        verdict.Rows.ShouldBeGreaterThanOrEqualTo(2);
        (await VerifyCommandAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task The_database_refuses_to_change_or_remove_a_row()
    {
        var row = await LoggedCaseAsync();
        await using var db = fx.OpenDb();

        var update = () => db.Database.ExecuteSqlRawAsync("UPDATE audit_log SET actor_name = 'Someone else' WHERE id = {0}", [row.Id], Ct);
        var delete = () => db.Database.ExecuteSqlRawAsync("DELETE FROM audit_log WHERE id = {0}", [row.Id], Ct);

        (await Should.ThrowAsync<Exception>(update)).Message.ShouldContain("append-only");
        (await Should.ThrowAsync<Exception>(delete)).Message.ShouldContain("append-only");
        (await db.AuditLog.AsNoTracking().SingleAsync(a => a.Id == row.Id, Ct)).ActorName.ShouldBe(row.ActorName);
    }

    [Fact]
    public async Task Audit_verify_names_the_first_changed_row_and_what_differs()
    {
        var row = await LoggedCaseAsync();
        await using var db = fx.OpenDb();
        await SuspendTriggersAsync(db);
        try
        {
            await db.Database.ExecuteSqlRawAsync("UPDATE audit_log SET actor_name = 'Someone else' WHERE id = {0}", [row.Id], Ct);

            var verdict = await AuditVerification.VerifyAsync(db, Ct);
            var exit = await VerifyCommandAsync();

            verdict.Break.ShouldNotBeNull();
            (verdict.Break.RowId, verdict.Break.EventPosition).ShouldBe((row.Id, row.EventPosition));
            verdict.Break.Problem.ShouldContain($"actorName is 'Someone else' where its event says '{row.ActorName}'");
            exit.ShouldBe(1);
        }
        finally
        {
            // the log is shared by every test of the collection: put the row back as it was
            await db.Database.ExecuteSqlRawAsync("UPDATE audit_log SET actor_name = {0} WHERE id = {1}", [row.ActorName, row.Id], Ct);
            await RestoreTriggersAsync(db);
        }
        (await AuditVerification.VerifyAsync(db, Ct)).Break.ShouldBeNull();
    }

    private Task SuspendTriggersAsync(FrontlineDb db) => db.Database.ExecuteSqlRawAsync(OnPostgres
        ? "ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only"
        : AuditTriggers.DropOnSqlite, Ct);

    private Task RestoreTriggersAsync(FrontlineDb db) => db.Database.ExecuteSqlRawAsync(OnPostgres
        ? "ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only"
        : AuditTriggers.CreateOnSqlite, Ct);
}

[Collection(SqliteCollection.Name)]
public sealed class AuditChainOnSqlite(SqliteApi fx) : AuditChainTests(fx);

[Collection(PostgresCollection.Name)]
public sealed class AuditChainOnPostgres(PostgresApi fx) : AuditChainTests(fx);
