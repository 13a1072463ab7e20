using System.Text.Json;
using System.Text.Json.Nodes;
using Frontline.Events;

namespace Frontline.Webhooks;

/// <summary>
/// Turns each event into one message per enabled endpoint that wants its type, a round's events in one write. Run again
/// for the same event (at least once), it adds only what is missing: the unique (endpoint, event) index refuses a copy.
/// </summary>
internal sealed class EnqueueWebhooks(FrontlineDb db, WebhookSignal signal, TimeProvider clock) : IBatchEventHandler
{
    public string Name => "webhooks";

    public bool Handles(string type) => true;

    public async Task HandleAsync(IReadOnlyList<StoredEvent> events, CancellationToken ct)
    {
        var endpoints = await db.Set<WebhookEndpoint>().AsNoTracking().Where(e => e.Enabled).ToListAsync(ct);
        if (endpoints.Count == 0) return;
        var positions = events.Select(e => e.Position).ToList();
        var present = (await db.Set<WebhookMessage>().Where(m => positions.Contains(m.EventPosition))
            .Select(m => new { m.EventPosition, m.EndpointId }).ToListAsync(ct))
            .Select(m => (m.EventPosition, m.EndpointId)).ToHashSet();
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var stored in events)
        {
            var body = new Lazy<string>(() => Body(stored));
            foreach (var endpoint in endpoints.Where(e => e.Wants(stored.Type) && present.Add((stored.Position, e.Id))))
            {
                db.Set<WebhookMessage>().Add(new WebhookMessage
                {
                    EndpointId = endpoint.Id, EventPosition = stored.Position, EventType = stored.Type,
                    WebhookId = WebhookMessage.IdFor(stored.Position, endpoint.Id), Body = body.Value,
                    State = MessageState.Pending, DueAt = now, CreatedAt = now,
                });
            }
        }
        if (await db.SaveChangesAsync(ct) > 0) signal.Wake();
    }

    /// <summary>The Standard Webhooks shape: the type, when it happened, and the event's fields with its case and customer.</summary>
    public static string Body(StoredEvent stored)
    {
        var data = JsonNode.Parse(stored.Payload) as JsonObject ?? [];
        data["caseId"] ??= stored.CaseId;
        data["customerId"] ??= stored.CustomerId;
        var body = new JsonObject
        {
            ["type"] = stored.Type,
            ["timestamp"] = DateTime.SpecifyKind(stored.OccurredAt, DateTimeKind.Utc).ToString("O"),
            ["data"] = data,
        };
        return body.ToJsonString(EventJson.Options);
    }
}
