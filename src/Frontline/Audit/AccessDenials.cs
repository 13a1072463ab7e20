using Frontline.Events;
using Frontline.Identity;

namespace Frontline.Audit;

/// <summary>Recording a refusal as an <see cref="AccessDenied"/> event, from a use case or from the web pipeline.</summary>
public static class AccessDenials
{
    /// <summary>
    /// A use case's own refusal (the UI runs use cases without a request of their own, so only the use case can tell).
    /// It is saved at once in the caller's unit of work, which holds nothing else when a use case refuses.
    /// </summary>
    public static async Task RecordAsync(FrontlineDb db, Actor actor, DateTime now, string action, string reason,
        long? caseId,
        CancellationToken ct)
    {
        db.Publish(actor, now,
            new AccessDenied(null, null, StatusCodes.Status403Forbidden, reason, Action: action, CaseId: caseId));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Whether this unit of work already recorded a refusal (so the pipeline does not record its 403 again).</summary>
    internal static bool RecordedIn(FrontlineDb db) =>
        db.ChangeTracker.Entries<StoredEvent>().Any(e => e.State == EntityState.Unchanged && e.Entity.Type == AccessDenied.Type);

    /// <summary>Who was refused: the person or key signed in, else nobody known.</summary>
    internal static Actor ActorOf(System.Security.Claims.ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true ? Actor.Of(user) : new Actor(null, null, "anonymous", "");
}
