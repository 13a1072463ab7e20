using Frontline.Data;
using Frontline.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Tests.Data;

/// <summary>
/// A change to an entity or its configuration needs a migration for each provider: without one, the next deploy
/// runs code against a schema that does not match it. The fixture's own database is on the same provider.
/// </summary>
public abstract class MigrationsTests(ApiFixture fx)
{
    [Fact]
    public async Task The_model_has_no_change_without_a_migration()
    {
        await using var db = fx.OpenDb();

        db.Database.HasPendingModelChanges().ShouldBeFalse(
            $"The EF model changed without a migration for {fx.Database.Provider}: add one with "
            + $"dotnet ef migrations add <Name> --project src/Frontline.Migrations.{fx.Database.Provider}");
        (await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken)).ShouldBeEmpty();
    }
}

[Collection(SqliteCollection.Name)]
public sealed class MigrationsOnSqlite(SqliteApi fx) : MigrationsTests(fx);

[Collection(PostgresCollection.Name)]
public sealed class MigrationsOnPostgres(PostgresApi fx) : MigrationsTests(fx);
