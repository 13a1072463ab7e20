namespace Frontline.Bench;

/// <summary>One evaluation to ask for: a gesture of some euros on an existing case.</summary>
internal readonly record struct GestureProbe(long CaseId, string Gesture, decimal Amount);

/// <summary>Random existing cases with a random built-in gesture and amount, drawn afresh for each measure.</summary>
internal sealed class GestureSample(RawSql raw, int seed)
{
    private static readonly string[] Gestures = ["fee-waiver", "refund", "credit", "free-replacement", "upgrade", "service-add-on", "expedite"];
    private readonly Random random = new(seed);

    public async Task<GestureProbe[]> ProbesAsync(int count, CancellationToken ct)
    {
        await using var connection = raw.Open();
        await using var range = connection.CreateCommand();
        range.CommandText = "SELECT min(id), max(id) FROM cases";
        await using var reader = await range.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        var (low, high) = (reader.GetInt64(0), reader.GetInt64(1));
        await reader.CloseAsync();

        var probes = new GestureProbe[count];
        for (var i = 0; i < count; i++)
        {
            await using var find = RawSql.Command(connection, "SELECT id FROM cases WHERE id >= @id ORDER BY id LIMIT 1", "id", random.NextInt64(low, high + 1));
            var id = Convert.ToInt64(await find.ExecuteScalarAsync(ct));
            probes[i] = new GestureProbe(id, Gestures[random.Next(Gestures.Length)], random.Next(500, 6_000) / 100m);
        }
        return probes;
    }
}
