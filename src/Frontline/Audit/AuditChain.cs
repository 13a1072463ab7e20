using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Frontline.Events;

namespace Frontline.Audit;

/// <summary>Where a chain breaks: the row (by its event's position), and what differs, in words.</summary>
public sealed record AuditBreak(long RowId, long EventPosition, string Problem);

/// <summary>
/// The chain's rules, with no database in them: a row's canonical content is a JSON array of its fields in a fixed
/// order (instants to the microsecond, which both databases keep), ending with the previous row's hash; its hash is
/// the SHA-256 of that text, in lower-case hex. The first row follows <see cref="Genesis"/>.
/// </summary>
internal static class AuditChain
{
    public const int MaxWhat = 300;
    public const int MaxReason = 500;
    public static readonly string Genesis = new('0', 64);

    /// <summary>The row an event makes, before it is sealed onto the chain.</summary>
    public static AuditEntry From(StoredEvent e)
    {
        var denied = e.Type == AccessDenied.Type ? e.Read<AccessDenied>() : null;
        return new AuditEntry
        {
            EventPosition = e.Position, OccurredAt = Microseconds(e.OccurredAt), Type = e.Type,
            What = Cut(denied?.What ?? e.Type, MaxWhat)!,
            Outcome = denied is null ? AuditOutcome.Done
                : denied.Status == StatusCodes.Status401Unauthorized ? AuditOutcome.Unauthenticated : AuditOutcome.Denied,
            Status = denied?.Status, Reason = Cut(denied?.Reason, MaxReason), CaseId = e.CaseId ?? denied?.CaseId,
            CustomerId = e.CustomerId, ActorName = e.ActorName, ActorAgentId = e.ActorAgentId, ActorApiKeyId = e.ActorApiKeyId,
            ActorServiceAccountId = e.ActorServiceAccountId, ActorAddress = e.ActorAddress,
        };
    }

    public static void Seal(AuditEntry entry, string previousHash)
    {
        entry.PreviousHash = previousHash;
        entry.Hash = HashOf(entry);
    }

    public static string HashOf(AuditEntry entry) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Canonical(entry))));

    public static string Canonical(AuditEntry entry)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var (_, value) in Fields(entry))
            {
                if (value is null) json.WriteNullValue();
                else json.WriteStringValue(value);
            }
            json.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>What is wrong with a row that should follow <paramref name="previousHash"/>, or null when nothing is.</summary>
    public static string? Problem(AuditEntry row, string previousHash, AuditEntry? fromEvent)
    {
        if (row.PreviousHash != previousHash)
            return $"it names {Short(row.PreviousHash)} as the row before, but the row before hashes to {Short(previousHash)} "
                + "(a row was removed, inserted or re-hashed)";
        if (HashOf(row) == row.Hash) return null;
        var changed = fromEvent is null ? [] : Fields(row).Zip(Fields(fromEvent))
            .Where(p => p.First.Name != "previousHash" && p.First.Value != p.Second.Value)
            .Select(p => $"{p.First.Name} is '{p.First.Value}' where its event says '{p.Second.Value}'").ToList();
        return changed.Count > 0
            ? $"its content no longer matches its hash: {string.Join("; ", changed)}"
            : "its content no longer matches its hash";
    }

    private static IEnumerable<(string Name, string? Value)> Fields(AuditEntry e) =>
    [
        ("eventPosition", N(e.EventPosition)), ("occurredAt", e.OccurredAt.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'",
            CultureInfo.InvariantCulture)), ("type", e.Type), ("what", e.What), ("outcome", e.Outcome.ToString()),
        ("status", N(e.Status)), ("reason", e.Reason), ("caseId", N(e.CaseId)), ("customerId", N(e.CustomerId)),
        ("actorName", e.ActorName), ("actorAgentId", N(e.ActorAgentId)), ("actorApiKeyId", N(e.ActorApiKeyId)),
        ("actorServiceAccountId", N(e.ActorServiceAccountId)), ("actorAddress", e.ActorAddress),
        ("previousHash", e.PreviousHash),
    ];

    private static string? N(long? n) => n?.ToString(CultureInfo.InvariantCulture);

    private static string Short(string hash) => hash.Length > 12 ? hash[..12] + "…" : hash;

    private static string? Cut(string? text, int max) => text is { Length: var n } && n > max ? text[..max] : text;

    // PostgreSQL keeps microseconds; the hash must be of what is read back on either database
    private static DateTime Microseconds(DateTime t) =>
        new(t.Ticks - t.Ticks % 10, DateTimeKind.Utc);
}
