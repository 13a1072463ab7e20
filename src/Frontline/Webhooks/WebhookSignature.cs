using System.Security.Cryptography;
using StandardWebhooks;

namespace Frontline.Webhooks;

/// <summary>
/// Standard Webhooks signing: <c>v1,</c> + base64(HMAC-SHA256(secret, "{id}.{timestamp}.{body}")), one entry per
/// secret in force, separated by spaces, so a receiver still holding the previous secret accepts the request.
/// </summary>
internal static class WebhookSignature
{
    public const string Prefix = "whsec_";

    /// <summary>A new secret: <c>whsec_</c> and the base64 of 32 random bytes.</summary>
    public static string NewSecret() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public static string Sign(string webhookId, DateTimeOffset timestamp, string body, IEnumerable<string> secrets) =>
        string.Join(' ', secrets.Select(s => new StandardWebhook(s).Sign(webhookId, timestamp, body)));

    /// <summary>The secrets that sign at <paramref name="now"/>: the current one, and the previous one during its overlap.</summary>
    public static IEnumerable<string> InForce(WebhookEndpoint endpoint, DateTime now)
    {
        yield return endpoint.Secret;
        if (endpoint.PreviousSecret is { } previous && endpoint.PreviousSecretUntil > now) yield return previous;
    }
}
