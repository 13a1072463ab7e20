using Frontline.Events;
using Frontline.Identity;
using Frontline.Webhooks;

namespace Frontline.Notifications.Reactions;

/// <summary>
/// Frontline stopped sending to a webhook endpoint: every active admin hears why, with a link to the endpoint.
/// </summary>
internal sealed class NotifyOfDisabledWebhook(FrontlineDb db, Notifier notifier) : IEventHandler
{
    public string Name => "notify-webhook-disabled";

    public bool Handles(string type) => type == "webhook-endpoint.disabled";

    public async Task HandleAsync(StoredEvent stored, CancellationToken ct)
    {
        var disabled = stored.Read<WebhookEndpointDisabled>();
        var admins = await db.ActivePeopleInRole(Roles.Admin).ToListAsync(ct);
        var text = $"Webhooks to {disabled.Url} have stopped. {disabled.Reason}";
        await notifier.NotifyAsync(stored, NotificationKind.WebhookDisabled,
            admins.Select(a => new Notice(a, text, $"/admin/webhooks?endpoint={disabled.EndpointId}")), ct);
    }
}
