using Frontline.Events;
using Frontline.Identity;

namespace Frontline.Webhooks;

public sealed record WebhookEndpointInput(string? Url, IReadOnlyList<string>? EventTypes, string? Description,
    bool? Enabled);

/// <summary>An endpoint as admins see it: never its secret, which is shown once when made or rotated.</summary>
public sealed record WebhookEndpointView(long Id, string Url, IReadOnlyList<string> EventTypes, string? Description,
    bool Enabled,
    string? DisabledReason, DateTime? FailingSince, DateTime? PreviousSecretUntil, DateTime CreatedAt, DateTime UpdatedAt);

/// <summary>An endpoint with its secret, the one time it is shown.</summary>
public sealed record WebhookSecretIssued(WebhookEndpointView Endpoint, string Secret);

/// <summary>Admins register, change, rotate and remove the endpoints that receive events.</summary>
public static class WebhookEndpoints
{
    public static async Task<List<WebhookEndpointView>> ListAsync(FrontlineDb db, CancellationToken ct) =>
        (await db.Set<WebhookEndpoint>().AsNoTracking().OrderBy(e => e.Id).ToListAsync(ct)).Select(View).ToList();

    public static async Task<WebhookEndpointView?> FindAsync(FrontlineDb db, long id, CancellationToken ct) =>
        await db.Set<WebhookEndpoint>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct) is { } e ? View(e) : null;

    public static async Task<Outcome<WebhookSecretIssued>> CreateAsync(FrontlineDb db, WebhookAddresses addresses,
        WebhookEndpointInput input, Actor actor, DateTime now, CancellationToken ct)
    {
        var errors = new Errors();
        var (url, types, description) = await ValidateAsync(errors, addresses, input, ct);
        if (errors.Any) return errors;
        var endpoint = new WebhookEndpoint
        {
            Url = url, EventTypes = types, Description = description, Enabled = input.Enabled ?? true,
            Secret = WebhookSignature.NewSecret(), CreatedAt = now, UpdatedAt = now,
        };
        db.Set<WebhookEndpoint>().Add(endpoint);
        await db.SaveAndPublishAsync(actor, now, () => new WebhookEndpointRegistered(endpoint.Id, url, types), ct);
        return new WebhookSecretIssued(View(endpoint), endpoint.Secret);
    }

    public static async Task<Outcome<WebhookEndpointView>> UpdateAsync(FrontlineDb db, WebhookAddresses addresses,
        long id, WebhookEndpointInput input, Actor actor, DateTime now, CancellationToken ct)
    {
        var endpoint = await db.Set<WebhookEndpoint>().FirstOrDefaultAsync(e => e.Id == id, ct);
        if (endpoint is null) return Outcome<WebhookEndpointView>.NotFound();
        var errors = new Errors();
        var (url, types, description) = await ValidateAsync(errors, addresses, input, ct);
        if (errors.Any) return errors;
        (endpoint.Url, endpoint.EventTypes, endpoint.Description, endpoint.UpdatedAt) = (url, types, description, now);
        var enabled = input.Enabled ?? endpoint.Enabled;
        // switched on again by an admin: the reason it was off and the run of failures are over
        if (enabled && !endpoint.Enabled) (endpoint.DisabledReason, endpoint.FailingSince) = (null, null);
        if (!enabled) endpoint.DisabledReason = endpoint.Enabled ? null : endpoint.DisabledReason;
        endpoint.Enabled = enabled;
        db.Publish(actor, now, new WebhookEndpointChanged(endpoint.Id, url, types, enabled));
        await db.SaveChangesAsync(ct);
        return View(endpoint);
    }

    /// <summary>A new secret signs from now on; the previous one signs alongside it for the overlap.</summary>
    public static async Task<Outcome<WebhookSecretIssued>> RotateAsync(
        FrontlineDb db, long id, Actor actor, DateTime now, TimeSpan overlap, CancellationToken ct)
    {
        var endpoint = await db.Set<WebhookEndpoint>().FirstOrDefaultAsync(e => e.Id == id, ct);
        if (endpoint is null) return Outcome<WebhookSecretIssued>.NotFound();
        (endpoint.PreviousSecret, endpoint.PreviousSecretUntil) = (endpoint.Secret, now + overlap);
        endpoint.Secret = WebhookSignature.NewSecret();
        endpoint.UpdatedAt = now;
        db.Publish(actor, now, new WebhookSecretRotated(endpoint.Id, now + overlap));
        await db.SaveChangesAsync(ct);
        return new WebhookSecretIssued(View(endpoint), endpoint.Secret);
    }

    public static async Task<bool> DeleteAsync(FrontlineDb db, long id, Actor actor, DateTime now, CancellationToken ct)
    {
        var endpoint = await db.Set<WebhookEndpoint>().FirstOrDefaultAsync(e => e.Id == id, ct);
        if (endpoint is null) return false;
        db.Set<WebhookEndpoint>().Remove(endpoint);
        db.Publish(actor, now, new WebhookEndpointRemoved(endpoint.Id, endpoint.Url));
        await db.SaveChangesAsync(ct);
        return true;
    }

    private static async Task<(string Url, string Types, string? Description)> ValidateAsync(
        Errors errors, WebhookAddresses addresses, WebhookEndpointInput input, CancellationToken ct)
    {
        var url = errors.Text("url", input.Url, WebhookEndpoint.MaxUrlLength);
        if (url.Length > 0 && !errors.Any && await addresses.RefusalAsync(url, ct) is { } why) errors.Add("url", why);
        var description = errors.Text("description", input.Description, WebhookEndpoint.MaxDescriptionLength,
            required: false);
        var types = (input.EventTypes ?? []).Select(t => t?.Trim() ?? "").ToList();
        for (var i = 0; i < types.Count; i++)
        {
            if (EventCatalog.Named(types[i]) is null) errors.Add($"eventTypes[{i}]",
                $"There is no event type {types[i]}.");
        }
        return (url, string.Join(' ', types.Distinct(StringComparer.Ordinal)),
            description.Length > 0 ? description : null);
    }

    internal static WebhookEndpointView View(WebhookEndpoint e) => new(e.Id, e.Url, e.Types, e.Description, e.Enabled,
        e.DisabledReason, e.FailingSince, e.PreviousSecretUntil, e.CreatedAt, e.UpdatedAt);
}
