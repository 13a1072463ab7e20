using Frontline.Data;
using Microsoft.Data.Sqlite;

namespace Frontline.Demo;

/// <summary>
/// One connection, one prepared INSERT per table reused for every row, one transaction per batch:
/// the fastest way into SQLite that still goes through the ordinary parameter formatting EF uses.
/// </summary>
internal sealed class BulkSeedSqlite : IBulkSeedWriter
{
    private readonly SqliteConnection connection;
    private readonly SqliteCommand customers, emails, phones, cases, touchpoints, gestures;
    private readonly long cacheSize;

    private BulkSeedSqlite(SqliteConnection connection, long cacheSize)
    {
        this.connection = connection;
        this.cacheSize = cacheSize;
        customers = Insert("customers", "id", "name", "search_name", "time_zone", "loyalty_tier", "customer_since", "lifetime_value",
            "currency", "loyalty_points", "created_at", "updated_at");
        emails = Insert("customer_emails", "id", "customer_id", "address", "is_primary");
        phones = Insert("customer_phones", "id", "customer_id", "number", "is_primary");
        cases = Insert("cases", "id", "customer_id", "category_id", "subject", "status", "priority", "channel", "opened_at",
            "updated_at", "resolved_at", "closed_at");
        touchpoints = Insert("touchpoints", "id", "customer_id", "case_id", "channel", "direction", "occurred_at", "author",
            "body", "recorded_at");
        gestures = Insert("gestures", "id", "case_id", "customer_id", "category_id", "kind", "amount", "currency", "reason", "guideline_id",
            "guideline_version", "grant_id", "granted_by_id", "granted_by", "team_id", "granted_at");
    }

    public static BulkSeedSqlite Open(FrontlineDb db)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        // the timeline indexes take most of the writing; a bigger page cache keeps their hot pages in memory
        using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA cache_size;";
        var cacheSize = (long)pragma.ExecuteScalar()!;
        pragma.CommandText = "PRAGMA cache_size=-262144;";
        pragma.ExecuteNonQuery();
        return new BulkSeedSqlite(connection, cacheSize);
    }

    public Task WriteAsync(BulkSeedBatch batch, CancellationToken ct)
    {
        using var transaction = connection.BeginTransaction();
        foreach (var c in batch.Customers)
            Run(customers, transaction, c.Id, c.Name, c.SearchName, c.TimeZone, c.LoyaltyTier, c.CustomerSince, c.LifetimeValue,
                c.Currency, c.LoyaltyPoints, c.CreatedAt, c.UpdatedAt);
        foreach (var e in batch.Emails) Run(emails, transaction, e.Id, e.CustomerId, e.Address, true);
        foreach (var p in batch.Phones) Run(phones, transaction, p.Id, p.CustomerId, p.Number, true);
        foreach (var c in batch.Cases)
            Run(cases, transaction, c.Id, c.CustomerId, c.CategoryId, c.Subject, c.Status, c.Priority, c.Channel, c.OpenedAt,
                c.UpdatedAt, c.ResolvedAt, c.ClosedAt);
        ct.ThrowIfCancellationRequested();
        foreach (var t in batch.Touchpoints)
            Run(touchpoints, transaction, t.Id, t.CustomerId, t.CaseId, t.Channel, t.Direction, t.OccurredAt, t.Author, t.Body, t.RecordedAt);
        foreach (var g in batch.Gestures)
            Run(gestures, transaction, g.Id, g.CaseId, g.CustomerId, g.CategoryId, g.Kind, g.Amount, g.Currency, g.Reason, g.GuidelineId,
                g.GuidelineVersion, g.GrantId, g.GrantedById, g.GrantedBy, g.TeamId, g.GrantedAt);
        transaction.Commit();
        return Task.CompletedTask;
    }

    // AUTOINCREMENT keeps sqlite_sequence past explicit ids by itself; only the planner needs telling
    public Task FinishAsync(CancellationToken ct)
    {
        using var analyze = connection.CreateCommand();
        analyze.CommandText = "PRAGMA analysis_limit=1000; ANALYZE;";
        analyze.ExecuteNonQuery();
        return Task.CompletedTask;
    }

    // the connection goes back to the pool; whoever uses it next gets the ordinary cache, not 256 MB of ours
    public ValueTask DisposeAsync()
    {
        foreach (var command in new[] { customers, emails, phones, cases, touchpoints, gestures }) command.Dispose();
        using var pragma = connection.CreateCommand();
        pragma.CommandText = $"PRAGMA cache_size={cacheSize};";
        pragma.ExecuteNonQuery();
        return ValueTask.CompletedTask;
    }

    private SqliteCommand Insert(string table, params string[] columns)
    {
        var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        for (var i = 0; i < columns.Length; i++) command.Parameters.Add(new SqliteParameter($"$p{i}", null));
        return command;
    }

    private static void Run(SqliteCommand command, SqliteTransaction transaction, params object?[] values)
    {
        command.Transaction = transaction;
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
        command.ExecuteNonQuery();
    }
}
