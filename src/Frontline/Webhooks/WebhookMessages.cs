using Frontline.Events;
using Frontline.Identity;

namespace Frontline.Webhooks;

public sealed record WebhookAttemptView(DateTime At, int? StatusCode, int DurationMs, string? Response, string? Error);

public sealed record WebhookMessageView(long Id, long EndpointId, string WebhookId, long EventPosition,
    string EventType,
    string State, int Attempts, DateTime DueAt, DateTime CreatedAt, DateTime? DeliveredAt);

public sealed record WebhookMessageDetails(WebhookMessageView Message, string Body,
    IReadOnlyList<WebhookAttemptView> Attempts);

/// <summary>What was sent to an endpoint, every attempt at it, and an admin's replay (one more attempt, now).</summary>
public static class WebhookMessages
{
    public const int MaxLimit = 500;

    public static Task<List<WebhookMessageView>> ListAsync(FrontlineDb db, long endpointId, int limit,
        CancellationToken ct) =>
        db.Set<WebhookMessage>().AsNoTracking().Where(m => m.EndpointId == endpointId)
            .OrderByDescending(m => m.Id).Take(limit)
            .Select(m => new WebhookMessageView(m.Id, m.EndpointId, m.WebhookId, m.EventPosition, m.EventType, m.State.ToString(),
                m.Attempts, m.DueAt, m.CreatedAt, m.DeliveredAt))
            .ToListAsync(ct);

    public static async Task<WebhookMessageDetails?> FindAsync(FrontlineDb db, long id, CancellationToken ct)
    {
        var m = await db.Set<WebhookMessage>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct);
        if (m is null) return null;
        var attempts = await db.Set<WebhookAttempt>().AsNoTracking().Where(a => a.MessageId == id)
            .OrderBy(a => a.At).ThenBy(a => a.Id)
            .Select(a => new WebhookAttemptView(a.At, a.StatusCode, a.DurationMs, a.Response, a.Error))
            .ToListAsync(ct);
        var view = new WebhookMessageView(m.Id, m.EndpointId, m.WebhookId, m.EventPosition, m.EventType,
            m.State.ToString(),
            m.Attempts, m.DueAt, m.CreatedAt, m.DeliveredAt);
        return new WebhookMessageDetails(view, m.Body, attempts);
    }

    /// <summary>
    /// Puts a message in line for one more attempt now, whatever became of it (delivered, failed or waiting for a retry);
    /// a message of a disabled endpoint is refused, since nothing is sent to it until an admin enables it.
    /// </summary>
    public static async Task<Outcome<WebhookMessageView>> ReplayAsync(FrontlineDb db, long id, Actor actor,
        DateTime now, CancellationToken ct)
    {
        var message = await db.Set<WebhookMessage>().Include(m => m.Endpoint).FirstOrDefaultAsync(m => m.Id == id, ct);
        if (message is null) return Outcome<WebhookMessageView>.NotFound();
        if (!message.Endpoint!.Enabled)
        {
            var errors = new Errors();
            errors.Add("endpoint", "The endpoint is disabled; enable it before replaying its messages.");
            return errors;
        }
        // a finished message gets one attempt, not the days of retries again; a waiting one keeps its schedule
        var finished = message.State != MessageState.Pending;
        (message.State, message.DueAt, message.Replay) = (MessageState.Pending, now, finished);
        db.Publish(actor, now, new WebhookMessageReplayed(message.Id, message.EndpointId, message.EventPosition));
        await db.SaveChangesAsync(ct);
        return (await FindAsync(db, id, ct))!.Message;
    }
}
