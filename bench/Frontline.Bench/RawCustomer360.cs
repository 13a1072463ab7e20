namespace Frontline.Bench;

/// <summary>
/// The ceiling of opening a customer: the reads behind <c>GET /customers/{id}/360</c> and the first timeline page, written by
/// hand through bare ADO.NET with the app's filters: the customer with its addresses and numbers, the assets with their product,
/// the case counts by status, the ten newest cases with their gesture counts, the gestures received, the channels used, the
/// three newest feedback touchpoints, and the 26 newest touchpoints. Nine queries on one pooled connection.
/// </summary>
internal sealed class RawCustomer360(RawSql raw)
{
    public const string Customer = """
        SELECT id, name, time_zone, loyalty_tier, customer_since, lifetime_value, currency, loyalty_points, created_at, updated_at
        FROM customers WHERE id = @id
        """;

    public const string Contacts = """
        SELECT 'email' AS kind, address AS value, is_primary, id FROM customer_emails WHERE customer_id = @id
        UNION ALL
        SELECT 'phone', number, is_primary, id FROM customer_phones WHERE customer_id = @id
        ORDER BY 1, 3 DESC, 4
        """;

    public const string Assets = """
        SELECT a.id, a.product_id, p.name, p.kind, a.reference, a.purchased_on, a.purchase_channel, a.seller, a.price, a.currency,
               a.warranty_ends_on, a.service_date
        FROM assets a JOIN products p ON p.id = a.product_id
        WHERE a.customer_id = @id ORDER BY a.purchased_on DESC, a.id DESC
        """;

    public const string CaseCounts = "SELECT status, count(*) FROM cases WHERE customer_id = @id GROUP BY status";

    public const string RecentCases = """
        SELECT c.id, c.subject, c.status, c.opened_at, c.resolved_at, (SELECT count(*) FROM gestures g WHERE g.case_id = c.id)
        FROM cases c WHERE c.customer_id = @id ORDER BY c.opened_at DESC, c.id DESC LIMIT 10
        """;

    // through the customer's cases, as the app reads them: gestures.customer_id has no index
    public const string Gestures = """
        SELECT g.amount, g.currency FROM cases c JOIN gestures g ON g.case_id = c.id
        WHERE c.customer_id = @id AND g.customer_id = @id
        """;

    public const string Channels = """
        SELECT channel, count(*), max(occurred_at) FROM touchpoints
        WHERE customer_id = @id AND direction <> 'Internal' GROUP BY channel
        """;

    public const string LatestFeedback = """
        SELECT score, body, occurred_at, case_id FROM touchpoints
        WHERE customer_id = @id AND channel = 'Feedback' AND direction = 'Inbound'
        ORDER BY occurred_at DESC, id DESC LIMIT 3
        """;

    private static readonly string[] AfterCustomer = [Contacts, Assets, CaseCounts, RecentCases, Gestures, Channels, LatestFeedback, RawSql.Timeline];

    /// <summary>Returns whether the customer was found.</summary>
    public async Task<bool> ReadAsync(long customerId)
    {
        await using var connection = raw.Open();
        if (await ReadAllAsync(connection, Customer, "id", customerId) != 1) return false;
        foreach (var sql in AfterCustomer)
            await ReadAllAsync(connection, sql, sql == RawSql.Timeline ? "customer" : "id", customerId);
        return true;
    }

    private static async Task<int> ReadAllAsync(System.Data.Common.DbConnection connection, string sql, string name, long id)
    {
        await using var command = RawSql.Command(connection, sql, name, id);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = 0;
        while (await reader.ReadAsync()) { RawSql.ReadAll(reader); rows++; }
        return rows;
    }
}
