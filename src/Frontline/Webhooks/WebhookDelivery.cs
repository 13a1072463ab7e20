using System.Diagnostics;
using System.Net;
using System.Text;
using Frontline.Events;
using Frontline.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Frontline.Webhooks;

/// <summary>
/// Attempts at claimed messages: the signed request, then, for a round's attempts together in one transaction, each
/// attempt kept and what follows from its answer (delivered, retried later, failed, the endpoint disabled).
/// </summary>
internal sealed class WebhookDelivery(
    IServiceScopeFactory scopes, WebhookOptions options, WebhookAddresses addresses, TimeProvider clock,
    ILogger<WebhookDelivery> log) : IDisposable
{
    private readonly HttpClient http = new(new SocketsHttpHandler
    {
        ConnectCallback = addresses.ConnectAsync,
        AllowAutoRedirect = false,
        UseProxy = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
    })
    { Timeout = Timeout.InfiniteTimeSpan };

    /// <summary>The service that disables an endpoint, as the audit log and the admins' notification name it.</summary>
    internal static readonly Actor Sender = new(null, null, "Webhook sender", "");

    public async Task<(WebhookMessage Message, WebhookAttempt Attempt)> AttemptAsync(WebhookMessage message,
        CancellationToken ct)
    {
        var endpoint = message.Endpoint!;
        var started = clock.GetUtcNow();
        var attempt = new WebhookAttempt { MessageId = message.Id, At = started.UtcDateTime };
        var watch = Stopwatch.StartNew();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.Timeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Url)
            {
                Content = new StringContent(message.Body, Encoding.UTF8, "application/json"),
            };
            request.Headers.Add("webhook-id", message.WebhookId);
            request.Headers.Add("webhook-timestamp",
                started.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
            request.Headers.Add("webhook-signature",
                WebhookSignature.Sign(message.WebhookId, started, message.Body, WebhookSignature.InForce(endpoint, started.UtcDateTime)));
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            attempt.StatusCode = (int)response.StatusCode;
            attempt.Response = await FirstKilobyteAsync(response, timeout.Token);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException)
        {
            attempt.Error = $"No answer within {options.Timeout.TotalSeconds:0} s.";
        }
        catch (HttpRequestException e) when (e.InnerException is RefusedAddressException refused)
        {
            attempt.Error = $"Refused: {refused.Message}";
        }
        catch (Exception e)
        {
            attempt.Error = Cut($"{e.GetType().Name}: {e.Message}", WebhookAttempt.MaxErrorLength);
        }
        attempt.DurationMs = (int)watch.ElapsedMilliseconds;
        return (message, attempt);
    }

    /// <summary>
    /// Keeps a round's attempts and their consequences in one transaction; a node that dies before it commits loses
    /// them, and the messages are sent again with the same webhook-id once their lease runs out (at least once). When
    /// the round's write fails, each attempt is kept in a transaction of its own, so one cannot lose the others.
    /// </summary>
    public async Task RecordAsync(IReadOnlyList<(WebhookMessage Message, WebhookAttempt Attempt)> attempts,
        CancellationToken ct)
    {
        if (attempts.Count == 0) return;
        try
        {
            await RecordTogetherAsync(attempts, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException && attempts.Count > 1)
        {
            log.LogInformation(e, "Keeping {Count} webhook attempts together failed; keeping them one by one",
                attempts.Count);
            foreach (var one in attempts)
            {
                try { await RecordTogetherAsync([one], ct); }
                catch (Exception single) when (single is not OperationCanceledException)
                {
                    log.LogWarning(single, "Could not keep the attempt at webhook message {Id}; it is sent again later",
                        one.Message.Id);
                }
            }
        }
    }

    private async Task RecordTogetherAsync(IReadOnlyList<(WebhookMessage Message, WebhookAttempt Attempt)> attempts,
        CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FrontlineDb>();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // an endpoint removed while its messages were in flight took them along: their attempts belong to nothing
        var ids = attempts.Select(a => a.Message.Id).ToList();
        var present = (await db.Set<WebhookMessage>().Where(m => ids.Contains(m.Id)).Select(m => m.Id).ToListAsync(ct))
            .ToHashSet();
        var kept = attempts.Where(a => present.Contains(a.Message.Id)).ToList();
        db.Set<WebhookAttempt>().AddRange(kept.Select(a => a.Attempt));
        await db.SaveChangesAsync(ct);
        foreach (var (message, attempt) in kept) await RecordAsync(db, message, attempt, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    private async Task RecordAsync(FrontlineDb db, WebhookMessage message, WebhookAttempt attempt, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var ok = attempt.StatusCode is >= 200 and < 300;
        var gone = attempt.StatusCode == (int)HttpStatusCode.Gone;
        var attempts = message.Attempts + 1;
        var last = ok || gone || message.Replay || attempts >= options.RetrySchedule.Count;
        var state = ok ? MessageState.Delivered : last ? MessageState.Failed : MessageState.Pending;
        var due = last ? now : now + options.RetrySchedule[attempts];
        var mine = db.Set<WebhookMessage>().Where(m => m.Id == message.Id && m.ClaimToken == message.ClaimToken);
        await mine.ExecuteUpdateAsync(s => s.SetProperty(m => m.State, state).SetProperty(m => m.Attempts, attempts)
            .SetProperty(m => m.DueAt, due).SetProperty(m => m.Replay, false)
            .SetProperty(m => m.LeaseUntil, (DateTime?)null), ct);
        if (ok) await mine.ExecuteUpdateAsync(s => s.SetProperty(m => m.DeliveredAt, now), ct);
        var endpoints = db.Set<WebhookEndpoint>().Where(e => e.Id == message.EndpointId);
        if (ok) await endpoints.Where(e => e.FailingSince != null)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.FailingSince, (DateTime?)null), ct);
        else await endpoints.Where(e => e.FailingSince == null)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.FailingSince, now), ct);
        DateTime? failingSince = ok ? null : message.Endpoint!.FailingSince ?? now;
        var reason = gone
            ? $"Disabled on {now:yyyy-MM-dd HH:mm} UTC: the endpoint answered 410 Gone."
            : failingSince <= now - options.DisableAfter
                ? $"Disabled on {now:yyyy-MM-dd HH:mm} UTC: every attempt failed since {failingSince:yyyy-MM-dd HH:mm} UTC."
                : null;
        if (reason is not null)
        {
            var disabled = await endpoints.Where(e => e.Enabled)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.Enabled, false).SetProperty(e => e.DisabledReason, reason), ct);
            if (disabled > 0)
            {
                log.LogWarning("Webhook endpoint {Id} ({Url}) disabled: {Reason}", message.EndpointId,
                    message.Endpoint!.Url, reason);
                db.Publish(Sender, now, new WebhookEndpointDisabled(message.EndpointId, message.Endpoint!.Url, reason));
            }
        }
    }

    private static async Task<string> FirstKilobyteAsync(HttpResponseMessage response, CancellationToken ct)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(ct);
        var buffer = new byte[WebhookAttempt.MaxResponseLength];
        var read = 0;
        while (read < buffer.Length)
        {
            var n = await stream.ReadAsync(buffer.AsMemory(read), ct);
            if (n == 0) break;
            read += n;
        }
        var text = Encoding.UTF8.GetString(buffer, 0, read);
        return Cut(text, WebhookAttempt.MaxResponseLength);
    }

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length];

    public void Dispose() => http.Dispose();
}
