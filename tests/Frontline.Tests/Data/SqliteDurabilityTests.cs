using Frontline.Data;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Tests.Data;

public sealed class SqliteDurabilityTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"frontline-durability-{Guid.NewGuid():N}");

    [Fact]
    public async Task Every_connection_runs_WAL_with_synchronous_FULL_and_foreign_keys()
    {
        await using var db = DataModule.Open(DatabaseOptions.Sqlite(_folder));
        await db.Database.MigrateAsync(TestContext.Current.CancellationToken);
        await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
        var connection = db.Database.GetDbConnection();

        async Task<string> Pragma(string name)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA {name};";
            return Convert.ToString(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
        }

        (await Pragma("journal_mode")).ShouldBe("wal");
        (await Pragma("synchronous")).ShouldBe("2"); // FULL
        (await Pragma("foreign_keys")).ShouldBe("1");
    }

    [Fact]
    public void The_embedded_database_is_a_file_in_the_data_folder()
    {
        var options = DatabaseOptions.Sqlite(_folder);

        options.Provider.ShouldBe(DatabaseProvider.Sqlite);
        options.ConnectionString.ShouldContain(Path.Combine(_folder, "frontline.db"));
        Directory.Exists(_folder).ShouldBeTrue();
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
