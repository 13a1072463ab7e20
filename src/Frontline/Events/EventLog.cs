using System.Text.Json;

namespace Frontline.Events;

public sealed record EventActorView(string Name, long? AgentId, long? ApiKeyId, long? ServiceAccountId, string? Address);

public sealed record EventView(long Position, string Type, int SchemaVersion, DateTime OccurredAt, long? CaseId, long? CustomerId,
    EventActorView Actor, JsonElement Data)
{
    public static EventView Of(StoredEvent e) => new(e.Position, e.Type, e.SchemaVersion, e.OccurredAt, e.CaseId, e.CustomerId,
        new EventActorView(e.ActorName, e.ActorAgentId, e.ActorApiKeyId, e.ActorServiceAccountId, e.ActorAddress),
        JsonDocument.Parse(e.Payload).RootElement.Clone());
}

/// <summary>A page of the event log after a position: <c>Next</c> is the position to ask after for the following page.</summary>
public sealed record EventLogPage(IReadOnlyList<EventView> Items, long? Next);

public sealed record EventTypeView(string Name, int Version, bool PersonalData);

/// <summary>Admins read the published events in position order, filtered by type, case or customer.</summary>
internal static class EventLog
{
    public const int MaxLimit = 500;

    public static async Task<Results<Ok<EventLogPage>, ValidationProblem>> ListAsync(
        FrontlineDb db, long? after, int? limit, string? type, long? caseId, long? customerId, CancellationToken ct)
    {
        var errors = new Errors();
        var take = limit ?? 100;
        if (take is < 1 or > MaxLimit) errors.Add("limit", $"Must be between 1 and {MaxLimit}.");
        if (after is < 0) errors.Add("after", "Must be 0 or more.");
        if (type is not null && EventCatalog.Named(type) is null) errors.Add("type", $"There is no event type {type}.");
        if (errors.Any) return errors.Problem();

        var query = db.Events.AsNoTracking().Where(e => e.Position > (after ?? 0));
        if (type is not null) query = query.Where(e => e.Type == type);
        if (caseId is not null) query = query.Where(e => e.CaseId == caseId);
        if (customerId is not null) query = query.Where(e => e.CustomerId == customerId);
        var rows = await query.OrderBy(e => e.Position).Take(take + 1).ToListAsync(ct);
        var page = rows.Take(take).Select(EventView.Of).ToList();
        return TypedResults.Ok(new EventLogPage(page, rows.Count > take ? page[^1].Position : null));
    }

    public static IReadOnlyList<EventTypeView> Types() =>
        EventCatalog.All.OrderBy(t => t.Name, StringComparer.Ordinal).Select(t => new EventTypeView(t.Name, t.Version, t.PersonalData)).ToList();
}
