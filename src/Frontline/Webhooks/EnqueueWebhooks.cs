using System.Text.Json;
using System.Text.Json.Nodes;
using Frontline.Events;

namespace Frontline.Webhooks;

/// <summary>
/// Turns each event into one message per enabled endpoint that wants its type. Run again for the same event (at least
/// once), it adds only what is missing: the unique (endpoint, event) index refuses a second copy.
/// </summary>
internal sealed class EnqueueWebhooks(FrontlineDb db, WebhookSignal signal, TimeProvider clock) : IEventHandler
{
    public string Name => "webhooks";

    public bool Handles(string type) => true;

    public async Task HandleAsync(StoredEvent stored, CancellationToken ct)
    {
        var endpoints = (await db.Set<WebhookEndpoint>().AsNoTracking().Where(e => e.Enabled).ToListAsync(ct))
            .Where(e => e.Wants(stored.Type)).ToList();
        if (endpoints.Count == 0) return;
        var ids = endpoints.Select(e => e.Id).ToList();
        var present = await db.Set<WebhookMessage>()
            .Where(m => m.EventPosition == stored.Position && ids.Contains(m.EndpointId))
            .Select(m => m.EndpointId).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var body = Body(stored);
        foreach (var endpoint in endpoints.Where(e => !present.Contains(e.Id)))
        {
            db.Set<WebhookMessage>().Add(new WebhookMessage
            {
                EndpointId = endpoint.Id, EventPosition = stored.Position, EventType = stored.Type,
                WebhookId = WebhookMessage.IdFor(stored.Position, endpoint.Id), Body = body,
                State = MessageState.Pending, DueAt = now, CreatedAt = now,
            });
        }
        await db.SaveChangesAsync(ct);
        signal.Wake();
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
