using Frontline.Events;

namespace Frontline.Webhooks;

[EventType("webhook-endpoint.registered", Description = "An admin registered a webhook endpoint.")]
public sealed record WebhookEndpointRegistered(long EndpointId, string Url, string EventTypes) : IEvent;

[EventType("webhook-endpoint.changed",
    Description = "An admin changed a webhook endpoint's address, event types or description, or switched it on"
        + " or off.")]
public sealed record WebhookEndpointChanged(long EndpointId, string Url, string EventTypes, bool Enabled) : IEvent;

[EventType("webhook-endpoint.secret-rotated",
    Description = "An admin gave a webhook endpoint a new signing secret; the old one signs alongside it until the"
        + " time given.")]
public sealed record WebhookSecretRotated(long EndpointId, DateTime PreviousSecretUntil) : IEvent;

[EventType("webhook-endpoint.removed", Description = "An admin removed a webhook endpoint with its messages.")]
public sealed record WebhookEndpointRemoved(long EndpointId, string Url) : IEvent;

[EventType("webhook-endpoint.disabled",
    Description = "Frontline stopped sending to a webhook endpoint: it answered 410 Gone, or every attempt failed"
        + " for days.")]
public sealed record WebhookEndpointDisabled(long EndpointId, string Url, string Reason) : IEvent;

[EventType("webhook-message.replayed", Description = "An admin asked for a webhook message to be sent again.")]
public sealed record WebhookMessageReplayed(long MessageId, long EndpointId, long EventPosition) : IEvent;
