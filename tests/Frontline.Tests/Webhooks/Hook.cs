using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Frontline.Identity;
using Frontline.Tests.Infrastructure;
using Frontline.Webhooks;
using Microsoft.Extensions.DependencyInjection;

namespace Frontline.Tests.Webhooks;

/// <summary>A receiver with an endpoint registered for it through the admin API; both go away with it.</summary>
public sealed class Hook(ApiFixture fx, WebhookReceiver receiver, WebhookSecretIssued issued) : IAsyncDisposable
{
    public WebhookReceiver Receiver => receiver;
    public long EndpointId => issued.Endpoint.Id;
    public string Secret => issued.Secret;

    public static async Task<Hook> RegisterAsync(ApiFixture fx, string[]? eventTypes, Func<int, int>? answer = null)
    {
        var receiver = await WebhookReceiver.StartAsync(answer);
        var response = await fx.As(Roles.Admin).PostJsonAsync("/api/v1/webhooks/endpoints",
            new { url = receiver.Url.ToString(), eventTypes, description = "test receiver" });
        response.EnsureSuccessStatusCode();
        return new Hook(fx, receiver, await response.ReadAsync<WebhookSecretIssued>());
    }

    /// <summary>What this receiver got about one case.</summary>
    public IReadOnlyList<ReceivedWebhook> About(long caseId) =>
        receiver.Received.Where(r => CaseOf(r) == caseId).ToList();

    public static long? CaseOf(ReceivedWebhook r) =>
        JsonDocument.Parse(r.Body).RootElement.GetProperty("data").TryGetProperty("caseId", out var id) && id.ValueKind == JsonValueKind.Number
            ? id.GetInt64() : null;

    /// <summary>Runs the dispatcher and the sender until <paramref name="done"/> holds (retries come due within seconds here).</summary>
    public static async Task UntilAsync(ApiFixture fx, Func<bool> done, int seconds = 20)
    {
        var sender = fx.Services.GetRequiredService<WebhookSender>();
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!done() && DateTime.UtcNow < deadline)
        {
            await fx.EventsDeliveredAsync();
            await sender.DrainAsync(TestContext.Current.CancellationToken);
            if (!done()) await Task.Delay(200, TestContext.Current.CancellationToken);
        }
        // the receiver hears a message before its sender writes the attempt down: wait for the round under way to end
        await sender.DrainAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Standard Webhooks' signature, computed by hand: base64(HMAC-SHA256(secret bytes, "{id}.{timestamp}.{body}")).</summary>
    public static string ExpectedSignature(string secret, ReceivedWebhook r)
    {
        var key = Convert.FromBase64String(secret["whsec_".Length..]);
        var mac = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{r.Id}.{r.Timestamp}.{r.Body}"));
        return "v1," + Convert.ToBase64String(mac);
    }

    public async ValueTask DisposeAsync()
    {
        await fx.As(Roles.Admin).DeleteAsync($"/api/v1/webhooks/endpoints/{EndpointId}");
        await receiver.DisposeAsync();
    }
}
