using System.Security.Claims;
using Frontline.Events;
using Frontline.Identity;

namespace Frontline.CallBacks;

/// <summary>
/// A person's own call-backs: those not done yet (due=true: only those due by now), soonest first, and marking one
/// done, which publishes <see cref="CallBackDone"/> once. Nobody reaches another person's: it is not found.
/// </summary>
public static class MyCallBacks
{
    internal static async Task<Results<Ok<IReadOnlyList<CallBackView>>, ValidationProblem>> List(
        ClaimsPrincipal user, bool? due, int? limit, FrontlineDb db, TimeProvider clock, CancellationToken ct)
    {
        var errors = new Errors();
        if (limit is < 1 or > 200) errors.Add("limit", "Must be between 1 and 200.");
        if (errors.Any) return errors.Problem();
        if (Actor.Of(user).AgentId is not { } me) return TypedResults.Ok<IReadOnlyList<CallBackView>>([]);
        var now = clock.GetUtcNow().UtcDateTime;
        return TypedResults.Ok<IReadOnlyList<CallBackView>>(
            await OpenAsync(db, me, due == true ? now : null, limit ?? 50, ct));
    }

    internal static async Task<Results<Ok<CallBackView>, NotFound, ValidationProblem, ProblemHttpResult>> Done(
        long id, ClaimsPrincipal user, FrontlineDb db, TimeProvider clock, CancellationToken ct) =>
        (await MarkDoneAsync(db, id, Actor.Of(user), clock.GetUtcNow().UtcDateTime, ct)).ToOk();

    /// <summary>How many of the person's call-backs are due by <paramref name="now"/> and not done.</summary>
    public static Task<int> DueCountAsync(FrontlineDb db, long agentId, DateTime now, CancellationToken ct) =>
        Open(db, agentId, now).CountAsync(ct);

    /// <summary>
    /// The person's call-backs not done, soonest first; only those due by <paramref name="dueBy"/> if given.
    /// </summary>
    public static Task<List<CallBackView>> OpenAsync(FrontlineDb db, long agentId, DateTime? dueBy, int take,
        CancellationToken ct) =>
        CallBackView.Project(db, Open(db, agentId, dueBy).OrderBy(c => c.DueAt).ThenBy(c => c.Id).Take(take))
            .ToListAsync(ct);

    /// <summary>Marks one of the caller's call-backs done (again is no change, and publishes nothing).</summary>
    public static async Task<Outcome<CallBackView>> MarkDoneAsync(FrontlineDb db, long id, Actor actor, DateTime now,
        CancellationToken ct)
    {
        var callBack = await db.Set<CallBack>().FirstOrDefaultAsync(c => c.Id == id && c.AgentId == actor.AgentId, ct);
        if (callBack is null) return Outcome<CallBackView>.NotFound();
        if (callBack.DoneAt is null)
        {
            callBack.DoneAt = now;
            db.Publish(actor, now,
                new CallBackDone(callBack.Id, callBack.CustomerId, callBack.CaseId, callBack.AgentId));
            await db.SaveChangesAsync(ct);
        }
        return await CallBackView.Project(db, db.Set<CallBack>().AsNoTracking().Where(c => c.Id == id)).FirstAsync(ct);
    }

    private static IQueryable<CallBack> Open(FrontlineDb db, long agentId, DateTime? dueBy)
    {
        var open = db.Set<CallBack>().AsNoTracking().Where(c => c.AgentId == agentId && c.DoneAt == null);
        return dueBy is { } by ? open.Where(c => c.DueAt <= by) : open;
    }
}
