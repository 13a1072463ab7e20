namespace Frontline.Bench;

/// <summary>Random existing customers (e-mail addresses or ids), drawn afresh for each measure so none reads pages warmed by another.</summary>
internal sealed class CustomerSample(RawSql raw, int seed)
{
    private readonly Random random = new(seed);

    public async Task<string[]> AddressesAsync(int count, CancellationToken ct)
    {
        await using var connection = raw.Open();
        var (low, high) = await RangeAsync(connection, "SELECT min(customer_id), max(customer_id) FROM customer_emails", ct);
        var addresses = new string[count];
        for (var i = 0; i < count; i++)
        {
            await using var find = RawSql.Command(connection, "SELECT address FROM customer_emails WHERE customer_id = @id LIMIT 1",
                "id", random.NextInt64(low, high + 1));
            addresses[i] = await find.ExecuteScalarAsync(ct) as string ?? throw new InvalidOperationException("A customer without e-mail address.");
        }
        return addresses;
    }

    /// <summary>Ids of random existing customers: the first id at or after a random point of the id range.</summary>
    public async Task<long[]> IdsAsync(int count, CancellationToken ct)
    {
        await using var connection = raw.Open();
        var (low, high) = await RangeAsync(connection, "SELECT min(id), max(id) FROM customers", ct);
        var ids = new long[count];
        for (var i = 0; i < count; i++)
        {
            await using var find = RawSql.Command(connection, "SELECT id FROM customers WHERE id >= @id ORDER BY id LIMIT 1", "id", random.NextInt64(low, high + 1));
            ids[i] = Convert.ToInt64(await find.ExecuteScalarAsync(ct));
        }
        return ids;
    }

    /// <summary>Random existing cases with an address of their customer: whom a reply to the case comes from.</summary>
    public async Task<(long CaseId, string Address)[]> CasesWithAddressAsync(int count, CancellationToken ct)
    {
        await using var connection = raw.Open();
        var (low, high) = await RangeAsync(connection, "SELECT min(id), max(id) FROM cases", ct);
        var cases = new (long, string)[count];
        for (int i = 0, attempts = 0; i < count; attempts++)
        {
            if (attempts > 10 * count + 100) throw new InvalidOperationException("Too few cases whose customer has an e-mail address.");
            await using var find = RawSql.Command(connection, """
                SELECT c.id, (SELECT e.address FROM customer_emails e WHERE e.customer_id = c.customer_id ORDER BY e.is_primary DESC, e.id LIMIT 1)
                FROM cases c WHERE c.id >= @id ORDER BY c.id LIMIT 1
                """, "id", random.NextInt64(low, high + 1));
            await using var reader = await find.ExecuteReaderAsync(ct);
            if (!await reader.ReadAsync(ct) || reader.IsDBNull(1)) continue;
            cases[i++] = (reader.GetInt64(0), reader.GetString(1));
        }
        return cases;
    }

    private static async Task<(long Low, long High)> RangeAsync(System.Data.Common.DbConnection connection, string sql, CancellationToken ct)
    {
        await using var range = RawSql.Command(connection, sql);
        await using var reader = await range.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return (reader.GetInt64(0), reader.GetInt64(1));
    }
}
