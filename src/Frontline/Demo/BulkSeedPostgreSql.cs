using Npgsql;
using NpgsqlTypes;

namespace Frontline.Demo;

/// <summary>Binary COPY per table per batch, all tables of a batch in one transaction.</summary>
internal sealed class BulkSeedPostgreSql(NpgsqlConnection connection) : IBulkSeedWriter
{
    private static readonly string[] Tables = ["customers", "customer_emails", "customer_phones", "cases", "touchpoints", "gestures"];

    public async Task WriteAsync(BulkSeedBatch batch, CancellationToken ct)
    {
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY customers (id, name, search_name, time_zone, loyalty_tier, customer_since, lifetime_value, currency, loyalty_points, created_at, updated_at) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var c in batch.Customers)
            {
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(c.Id, NpgsqlDbType.Bigint, ct);
                await copy.WriteAsync(c.Name, NpgsqlDbType.Varchar, ct);
                await copy.WriteAsync(c.SearchName, NpgsqlDbType.Varchar, ct);
                await copy.WriteAsync(c.TimeZone, NpgsqlDbType.Varchar, ct);
                await copy.WriteAsync(c.LoyaltyTier, NpgsqlDbType.Varchar, ct);
                await copy.WriteAsync(c.CustomerSince, NpgsqlDbType.Date, ct);
                await copy.WriteAsync(c.LifetimeValue, NpgsqlDbType.Numeric, ct);
                await copy.WriteAsync(c.Currency, NpgsqlDbType.Varchar, ct);
                await copy.WriteAsync(c.LoyaltyPoints, NpgsqlDbType.Bigint, ct);
                await copy.WriteAsync(c.CreatedAt, NpgsqlDbType.TimestampTz, ct);
                await copy.WriteAsync(c.UpdatedAt, NpgsqlDbType.TimestampTz, ct);
            }
            await copy.CompleteAsync(ct);
        }
        await ContactPointsAsync("customer_emails (id, customer_id, address, is_primary)", batch.Emails.Select(e => (e.Id, e.CustomerId, e.Address)), ct);
        await ContactPointsAsync("customer_phones (id, customer_id, number, is_primary)", batch.Phones.Select(p => (p.Id, p.CustomerId, p.Number)), ct);
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY cases (id, customer_id, category_id, subject, status, priority, channel, opened_at, updated_at, resolved_at, closed_at) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var c in batch.Cases)
            {
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(c.Id, NpgsqlDbType.Bigint, ct);
                await copy.WriteAsync(c.CustomerId, NpgsqlDbType.Bigint, ct);
                await copy.WriteAsync(c.CategoryId, NpgsqlDbType.Bigint, ct);
                await copy.WriteAsync(c.Subject, NpgsqlDbType.Varchar, ct);
                await copy.WriteAsync(c.Status, NpgsqlDbType.Varchar, ct);
                await copy.WriteAsync(c.Priority, NpgsqlDbType.Varchar, ct);
                await copy.WriteAsync(c.Channel, NpgsqlDbType.Varchar, ct);
                await copy.WriteAsync(c.OpenedAt, NpgsqlDbType.TimestampTz, ct);
                await copy.WriteAsync(c.UpdatedAt, NpgsqlDbType.TimestampTz, ct);
                await WriteNullableAsync(copy, c.ResolvedAt, ct);
                await WriteNullableAsync(copy, c.ClosedAt, ct);
            }
            await copy.CompleteAsync(ct);
        }
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY touchpoints (id, customer_id, case_id, channel, direction, occurred_at, author, body, recorded_at) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var t in batch.Touchpoints)
            {
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(t.Id, NpgsqlDbType.Bigint, ct);
                await copy.WriteAsync(t.CustomerId, NpgsqlDbType.Bigint, ct);
                if (t.CaseId is { } caseId) await copy.WriteAsync(caseId, NpgsqlDbType.Bigint, ct);
                else await copy.WriteNullAsync(ct);
                await copy.WriteAsync(t.Channel, NpgsqlDbType.Varchar, ct);
                await copy.WriteAsync(t.Direction, NpgsqlDbType.Varchar, ct);
                await copy.WriteAsync(t.OccurredAt, NpgsqlDbType.TimestampTz, ct);
                await copy.WriteAsync(t.Author, NpgsqlDbType.Varchar, ct);
                await copy.WriteAsync(t.Body, NpgsqlDbType.Text, ct);
                await copy.WriteAsync(t.RecordedAt, NpgsqlDbType.TimestampTz, ct);
            }
            await copy.CompleteAsync(ct);
        }
        if (batch.Gestures.Count > 0) await GesturesAsync(batch.Gestures, ct);
        await transaction.CommitAsync(ct);
    }

    // explicit ids bypass the identity sequences; move each past the highest id, as the next insert through EF expects
    public async Task FinishAsync(CancellationToken ct)
    {
        var sql = string.Join(" ", Tables.Select(t => $"SELECT setval(pg_get_serial_sequence('{t}', 'id'), max(id)) FROM {t} HAVING max(id) IS NOT NULL;"));
        await using var command = new NpgsqlCommand(sql + " ANALYZE " + string.Join(", ", Tables) + ";", connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(ct);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private async Task GesturesAsync(List<GestureRow> gestures, CancellationToken ct)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY gestures (id, case_id, customer_id, category_id, kind, amount, currency, reason, guideline_id, guideline_version, grant_id, granted_by_id, granted_by, team_id, granted_at) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var g in gestures)
        {
            await copy.StartRowAsync(ct);
            await copy.WriteAsync(g.Id, NpgsqlDbType.Bigint, ct);
            await copy.WriteAsync(g.CaseId, NpgsqlDbType.Bigint, ct);
            await copy.WriteAsync(g.CustomerId, NpgsqlDbType.Bigint, ct);
            await copy.WriteAsync(g.CategoryId, NpgsqlDbType.Bigint, ct);
            await copy.WriteAsync(g.Kind, NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(g.Amount, NpgsqlDbType.Numeric, ct);
            await copy.WriteAsync(g.Currency, NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(g.Reason, NpgsqlDbType.Varchar, ct);
            await WriteNullableAsync(copy, g.GuidelineId, NpgsqlDbType.Bigint, ct);
            await WriteNullableAsync(copy, g.GuidelineVersion, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(g.GrantId, NpgsqlDbType.Bigint, ct);
            await WriteNullableAsync(copy, g.GrantedById, NpgsqlDbType.Bigint, ct);
            await copy.WriteAsync(g.GrantedBy, NpgsqlDbType.Varchar, ct);
            await WriteNullableAsync(copy, g.TeamId, NpgsqlDbType.Bigint, ct);
            await copy.WriteAsync(g.GrantedAt, NpgsqlDbType.TimestampTz, ct);
        }
        await copy.CompleteAsync(ct);
    }

    private async Task ContactPointsAsync(string target, IEnumerable<(long Id, long CustomerId, string Value)> rows, CancellationToken ct)
    {
        await using var copy = await connection.BeginBinaryImportAsync($"COPY {target} FROM STDIN (FORMAT BINARY)", ct);
        foreach (var (id, customerId, value) in rows)
        {
            await copy.StartRowAsync(ct);
            await copy.WriteAsync(id, NpgsqlDbType.Bigint, ct);
            await copy.WriteAsync(customerId, NpgsqlDbType.Bigint, ct);
            await copy.WriteAsync(value, NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(true, NpgsqlDbType.Boolean, ct);
        }
        await copy.CompleteAsync(ct);
    }

    private static Task WriteNullableAsync(NpgsqlBinaryImporter copy, DateTime? value, CancellationToken ct) =>
        WriteNullableAsync(copy, value, NpgsqlDbType.TimestampTz, ct);

    private static async Task WriteNullableAsync<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type, CancellationToken ct) where T : struct
    {
        if (value is { } v) await copy.WriteAsync(v, type, ct);
        else await copy.WriteNullAsync(ct);
    }
}
