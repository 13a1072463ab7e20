namespace Frontline.Bench;

/// <summary>Random existing customers' e-mail addresses, drawn afresh for each measure so none reads pages warmed by another.</summary>
internal sealed class CustomerSample(RawSql raw, int seed)
{
    private readonly Random random = new(seed);

    public async Task<string[]> AddressesAsync(int count, CancellationToken ct)
    {
        await using var connection = raw.Open();
        await using var range = connection.CreateCommand();
        range.CommandText = "SELECT min(customer_id), max(customer_id) FROM customer_emails";
        await using var reader = await range.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        var (low, high) = (reader.GetInt64(0), reader.GetInt64(1));
        await reader.CloseAsync();

        var addresses = new string[count];
        for (var i = 0; i < count; i++)
        {
            await using var find = RawSql.Command(connection, "SELECT address FROM customer_emails WHERE customer_id = @id LIMIT 1",
                "id", random.NextInt64(low, high + 1));
            addresses[i] = await find.ExecuteScalarAsync(ct) as string ?? throw new InvalidOperationException("A customer without e-mail address.");
        }
        return addresses;
    }
}
