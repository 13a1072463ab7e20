using System.Security.Claims;
using Frontline.Identity;

namespace Frontline.Webhooks;

/// <summary>The HTTP side of the webhook use cases.</summary>
internal static class WebhookRoutes
{
    public static async Task<Ok<List<WebhookEndpointView>>> ListEndpoints(FrontlineDb db, CancellationToken ct) =>
        TypedResults.Ok(await WebhookEndpoints.ListAsync(db, ct));

    public static async Task<Results<Ok<WebhookEndpointView>, NotFound>> GetEndpoint(long id, FrontlineDb db,
        CancellationToken ct) =>
        await WebhookEndpoints.FindAsync(db, id, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();

    public static async Task<Results<Created<WebhookSecretIssued>, NotFound, ValidationProblem, ProblemHttpResult>> CreateEndpoint(
        WebhookEndpointInput input, ClaimsPrincipal user, FrontlineDb db, WebhookAddresses addresses,
        TimeProvider clock, CancellationToken ct) =>
        (await WebhookEndpoints.CreateAsync(db, addresses, input, Actor.Of(user), clock.GetUtcNow().UtcDateTime, ct))
            .ToCreated(issued => $"/api/v1/webhooks/endpoints/{issued.Endpoint.Id}");

    public static async Task<Results<Ok<WebhookEndpointView>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateEndpoint(
        long id, WebhookEndpointInput input, ClaimsPrincipal user, FrontlineDb db, WebhookAddresses addresses,
        TimeProvider clock, CancellationToken ct) =>
        (await WebhookEndpoints.UpdateAsync(db, addresses, id, input, Actor.Of(user), clock.GetUtcNow().UtcDateTime,
            ct)).ToOk();

    public static async Task<Results<NoContent, NotFound>> DeleteEndpoint(long id, ClaimsPrincipal user, FrontlineDb db,
        TimeProvider clock, CancellationToken ct) =>
        await WebhookEndpoints.DeleteAsync(db, id, Actor.Of(user), clock.GetUtcNow().UtcDateTime, ct)
            ? TypedResults.NoContent()
            : TypedResults.NotFound();

    public static async Task<Results<Ok<WebhookSecretIssued>, NotFound, ValidationProblem, ProblemHttpResult>> RotateSecret(
        long id, ClaimsPrincipal user, FrontlineDb db, WebhookOptions options, TimeProvider clock,
        CancellationToken ct) =>
        (await WebhookEndpoints.RotateAsync(db, id, Actor.Of(user), clock.GetUtcNow().UtcDateTime,
            options.SecretOverlap, ct)).ToOk();

    public static async Task<Results<Ok<List<WebhookMessageView>>, NotFound, ValidationProblem>> ListMessages(
        long id, int? limit, FrontlineDb db, CancellationToken ct)
    {
        var take = limit ?? 100;
        if (take is < 1 or > WebhookMessages.MaxLimit)
        {
            var errors = new Errors();
            errors.Add("limit", $"Must be between 1 and {WebhookMessages.MaxLimit}.");
            return errors.Problem();
        }
        if (!await db.Set<WebhookEndpoint>().AnyAsync(e => e.Id == id, ct)) return TypedResults.NotFound();
        return TypedResults.Ok(await WebhookMessages.ListAsync(db, id, take, ct));
    }

    public static async Task<Results<Ok<WebhookMessageDetails>, NotFound>> GetMessage(long id, FrontlineDb db,
        CancellationToken ct) =>
        await WebhookMessages.FindAsync(db, id, ct) is { } details ? TypedResults.Ok(details) : TypedResults.NotFound();

    public static async Task<Results<Accepted<WebhookMessageView>, NotFound, ValidationProblem>> Replay(
        long id, ClaimsPrincipal user, FrontlineDb db, WebhookSignal signal, TimeProvider clock, CancellationToken ct)
    {
        var outcome = await WebhookMessages.ReplayAsync(db, id, Actor.Of(user), clock.GetUtcNow().UtcDateTime, ct);
        if (outcome.Missing) return TypedResults.NotFound();
        if (outcome.Refused is { } errors) return errors.Problem();
        signal.Wake();
        return TypedResults.Accepted($"/api/v1/webhooks/messages/{id}", outcome.Value!);
    }
}
