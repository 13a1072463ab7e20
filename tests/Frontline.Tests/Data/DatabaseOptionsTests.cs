using Frontline.Data;
using Microsoft.Extensions.Configuration;

namespace Frontline.Tests.Data;

public sealed class DatabaseOptionsTests
{
    private static DatabaseOptions From(params (string Key, string Value)[] settings) =>
        DatabaseOptions.From(new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build());

    [Fact]
    public void PostgreSQL_is_chosen_by_provider_and_connection_string()
    {
        var options = From(("Database:Provider", "PostgreSql"), ("ConnectionStrings:Frontline", "Host=db;Database=frontline"));

        options.ShouldBe(new DatabaseOptions(DatabaseProvider.PostgreSql, "Host=db;Database=frontline"));
    }

    [Fact]
    public void PostgreSQL_without_a_connection_string_is_a_clear_error() =>
        Should.Throw<InvalidOperationException>(() => From(("Database:Provider", "postgres")))
            .Message.ShouldContain("ConnectionStrings:Frontline");

    [Fact]
    public void Without_settings_the_embedded_SQLite_file_is_used()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"frontline-options-{Guid.NewGuid():N}");
        try
        {
            From(("Frontline:DataDirectory", folder)).Provider.ShouldBe(DatabaseProvider.Sqlite);
        }
        finally
        {
            Directory.Delete(folder);
        }
    }
}
