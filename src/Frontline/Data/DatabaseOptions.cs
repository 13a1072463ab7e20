namespace Frontline.Data;

public enum DatabaseProvider { Sqlite, PostgreSql }

/// <summary>Which database Frontline uses: the embedded SQLite file by default, PostgreSQL by connection string.</summary>
public sealed record DatabaseOptions(DatabaseProvider Provider, string ConnectionString)
{
    public static DatabaseOptions Sqlite(string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        var file = Path.GetFullPath(Path.Combine(dataDirectory, "frontline.db"));
        return new(DatabaseProvider.Sqlite, $"Data Source={file};Pooling=True;Default Timeout=30");
    }

    /// <summary>Reads <c>Database:Provider</c>, <c>ConnectionStrings:Frontline</c> and <c>Frontline:DataDirectory</c>.</summary>
    public static DatabaseOptions From(Microsoft.Extensions.Configuration.IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Frontline");
        var provider = configuration["Database:Provider"];
        if (string.Equals(provider, "postgresql", StringComparison.OrdinalIgnoreCase)
            || string.Equals(provider, "postgres", StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(connectionString))
                throw new InvalidOperationException("Database:Provider is PostgreSQL but ConnectionStrings:Frontline is empty.");
            return new(DatabaseProvider.PostgreSql, connectionString);
        }
        if (!string.IsNullOrWhiteSpace(connectionString))
            return new(DatabaseProvider.Sqlite, connectionString);
        return Sqlite(configuration["Frontline:DataDirectory"] ?? "data");
    }
}
