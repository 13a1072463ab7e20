using System.Security.Claims;
using Frontline.Identity;

namespace Frontline.Notifications;

public sealed record NotificationView(long Id, NotificationKind Kind, string Label, string Text, string Link,
    long? CaseId,
    long? ApprovalId, DateTime CreatedAt, DateTime? ReadAt);

/// <summary>A page of a person's notifications, newest first, with how many of all of theirs are unread.</summary>
public sealed record NotificationList(IReadOnlyList<NotificationView> Items, int PageNumber, int PageSize, bool HasMore,
    int Unread);

public sealed record MarkedRead(int Marked, int Unread);

/// <summary>
/// A person's own notifications: listed newest first (all or only the unread), marked read one by one or all at once.
/// Nobody reaches another person's: a notification of someone else is not found. A key acting for a person reads that
/// person's; a service account's key has none.
/// </summary>
public static class MyNotifications
{
    internal static async Task<Results<Ok<NotificationList>, ValidationProblem>> List(
        ClaimsPrincipal user, bool? unread, int? page, int? pageSize, FrontlineDb db, CancellationToken ct)
    {
        var errors = new Errors();
        var (number, size) = Paging.Read(page, pageSize, errors);
        if (errors.Any) return errors.Problem();
        if (Actor.Of(user).AgentId is not { } me) return TypedResults.Ok(new NotificationList([], number, size, false,
            0));
        var query = Of(db, me);
        if (unread == true) query = query.Where(n => n.ReadAt == null);
        var found = await Views(query).ToPageAsync(number, size, ct);
        return TypedResults.Ok(new NotificationList(found.Items, number, size, found.HasMore,
            await UnreadCounts.OfAsync(db, me, ct)));
    }

    internal static async Task<Results<Ok<NotificationView>, NotFound>> Read(
        long id, ClaimsPrincipal user, FrontlineDb db, UnreadCounts counts, TimeProvider clock, CancellationToken ct) =>
        Actor.Of(user).AgentId is { } me && await MarkReadAsync(db, counts, me, id, clock.GetUtcNow().UtcDateTime, ct) is { } view
            ? TypedResults.Ok(view)
            : TypedResults.NotFound();

    internal static async Task<Ok<MarkedRead>> ReadAll(
        ClaimsPrincipal user, FrontlineDb db, UnreadCounts counts, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(Actor.Of(user).AgentId is { } me
            ? await MarkAllReadAsync(db, counts, me, clock.GetUtcNow().UtcDateTime, ct)
            : new MarkedRead(0, 0));

    /// <summary>The newest of a person's notifications, for the bell's panel.</summary>
    public static Task<List<NotificationView>> LatestAsync(FrontlineDb db, long agentId, int take,
        CancellationToken ct) =>
        Views(Of(db, agentId)).Take(take).ToListAsync(ct);

    public static Task<int> UnreadAsync(FrontlineDb db, long agentId, CancellationToken ct) => UnreadCounts.OfAsync(db,
        agentId, ct);

    /// <summary>Marks one of the person's own notifications read (again is no change); null when it is not theirs.</summary>
    public static async Task<NotificationView?> MarkReadAsync(
        FrontlineDb db, UnreadCounts counts, long agentId, long id, DateTime now, CancellationToken ct)
    {
        var mine = Of(db, agentId).Where(n => n.Id == id);
        if (await mine.Where(n => n.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct) > 0)
            await counts.TellAsync(db, [agentId], ct);
        return await Views(mine).FirstOrDefaultAsync(ct);
    }

    public static async Task<MarkedRead> MarkAllReadAsync(
        FrontlineDb db, UnreadCounts counts, long agentId, DateTime now, CancellationToken ct)
    {
        var marked = await Of(db, agentId).Where(n => n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
        if (marked > 0) await counts.TellAsync(db, [agentId], ct);
        return new MarkedRead(marked, await UnreadCounts.OfAsync(db, agentId, ct));
    }

    private static IQueryable<Notification> Of(FrontlineDb db, long agentId) =>
        db.Set<Notification>().AsNoTracking().Where(n => n.RecipientId == agentId);

    private static IQueryable<NotificationView> Views(IQueryable<Notification> query) =>
        query.OrderByDescending(n => n.Id).Select(n => new NotificationView(n.Id, n.Kind, Label(n.Kind), n.Text, n.Link,
            n.CaseId, n.ApprovalId, n.CreatedAt, n.ReadAt));

    private static string Label(NotificationKind kind) => NotificationKinds.Label(kind);
}
