using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Frontline.Bench;

/// <summary>
/// The ceiling: the two reads behind "find the customer by e-mail, show the newest touchpoints",
/// written by hand and run through the bare ADO.NET provider, on a pooled connection as the app does.
/// </summary>
internal sealed class RawSql(Func<DbConnection> connect)
{
    public const string Lookup = """
        SELECT c.id, c.name, e.address,
               (SELECT p.number FROM customer_phones p WHERE p.customer_id = c.id AND p.is_primary LIMIT 1),
               c.loyalty_tier, c.customer_since
        FROM customer_emails e JOIN customers c ON c.id = e.customer_id
        WHERE e.address = @address
        """;

    public const string Timeline = """
        SELECT id, customer_id, case_id, channel, direction, occurred_at, author, body
        FROM touchpoints WHERE customer_id = @customer
        ORDER BY occurred_at DESC, id DESC LIMIT 26
        """;

    public static RawSql For(bool postgres, string connectionString) =>
        new(postgres ? () => new NpgsqlConnection(connectionString) : () => new SqliteConnection(connectionString));

    public DbConnection Open()
    {
        var connection = connect();
        connection.Open();
        return connection;
    }

    /// <summary>Returns whether the address found a customer with at least one touchpoint.</summary>
    public async Task<bool> LookupAndTimelineAsync(string address)
    {
        await using var connection = Open();
        long? id = null;
        await using (var lookup = Command(connection, Lookup, "address", address))
        await using (var reader = await lookup.ExecuteReaderAsync())
            while (await reader.ReadAsync()) { ReadAll(reader); id = reader.GetInt64(0); }
        if (id is null) return false;
        var rows = 0;
        await using var timeline = Command(connection, Timeline, "customer", id.Value);
        await using var touchpoints = await timeline.ExecuteReaderAsync();
        while (await touchpoints.ReadAsync()) { ReadAll(touchpoints); rows++; }
        return rows > 0;
    }

    public static DbCommand Command(DbConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    public static DbCommand Command(DbConnection connection, string sql, string name, object value)
    {
        var command = Command(connection, sql);
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
        return command;
    }

    // materialise every column, as the API must, so the ceiling is not flattered by lazy reads
    public static object[] ReadAll(DbDataReader reader)
    {
        var values = new object[reader.FieldCount];
        reader.GetValues(values);
        return values;
    }
}
