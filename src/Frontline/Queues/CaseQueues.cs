using System.Security.Claims;
using Frontline.Approvals;
using Frontline.Cases;
using Frontline.Identity;

namespace Frontline.Queues;

/// <summary>The lists an agent works from.</summary>
public enum QueueName { Mine, Team, DueSoon, Breached, Unassigned }

/// <summary>How many cases wait in each queue for the caller, and how many approvals wait for their decision.</summary>
public sealed record QueueCounts(int Mine, int Team, int DueSoon, int Breached, int Unassigned, int Approvals);

/// <summary>
/// The queues: my cases, my teams' cases, their unassigned ones, those due within <see cref="Sla.SoonWindow"/> and
/// those past a due time, all open or pending and the soonest due first. Agents and team leads see their teams'
/// cases; managers and admins every case.
/// </summary>
public static class CaseQueues
{
    internal static async Task<Results<Ok<Page<CaseView>>, ValidationProblem>> Handle(
        QueueName name, int? page, int? pageSize, ClaimsPrincipal user, FrontlineDb db, TimeProvider clock, CancellationToken ct)
    {
        var errors = new Errors();
        var (p, size) = Paging.Read(page, pageSize, errors);
        errors.Known("name", (QueueName?)name);
        if (errors.Any) return errors.Problem();
        return TypedResults.Ok(await ListAsync(db, name, Actor.Of(user), clock.GetUtcNow().UtcDateTime, p, size, ct));
    }

    internal static async Task<Ok<QueueCounts>> Counts(ClaimsPrincipal user, FrontlineDb db, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await CountsAsync(db, Actor.Of(user), clock.GetUtcNow().UtcDateTime, ct));

    public static async Task<Page<CaseView>> ListAsync(FrontlineDb db, QueueName name, Actor actor, DateTime now, int page, int size, CancellationToken ct)
    {
        var cases = SoonestDueFirst(Of(db, name, actor, now).AsNoTracking());
        return await CaseView.Project(db, cases).ToPageAsync(page, size, ct);
    }

    /// <summary>Every queue's order: the next target due first (first response, then resolution), none last.</summary>
    public static IOrderedQueryable<Case> SoonestDueFirst(IQueryable<Case> cases) => cases
        .OrderBy(c => (c.FirstRespondedAt == null ? c.FirstResponseDueAt : c.ResolutionDueAt) == null)
        .ThenBy(c => c.FirstRespondedAt == null ? c.FirstResponseDueAt : c.ResolutionDueAt)
        .ThenBy(c => c.Id);

    public static async Task<QueueCounts> CountsAsync(FrontlineDb db, Actor actor, DateTime now, CancellationToken ct) => new(
        await Of(db, QueueName.Mine, actor, now).CountAsync(ct), await Of(db, QueueName.Team, actor, now).CountAsync(ct),
        await Of(db, QueueName.DueSoon, actor, now).CountAsync(ct), await Of(db, QueueName.Breached, actor, now).CountAsync(ct),
        await Of(db, QueueName.Unassigned, actor, now).CountAsync(ct),
        await ListApprovals.For(db, actor, ApprovalStatus.Pending).CountAsync(ct));

    /// <summary>The cases of one queue, unordered: what the home screen counts and lists.</summary>
    public static IQueryable<Case> Of(FrontlineDb db, QueueName name, Actor actor, DateTime now)
    {
        var live = db.Cases.Where(c => c.Status == CaseStatus.Open || c.Status == CaseStatus.Pending);
        if (name == QueueName.Mine) return live.Where(c => c.AssigneeId == actor.AgentId);
        var seesAll = Roles.Rank(actor.Role) >= Roles.Rank(Roles.Manager);
        var teams = db.TeamMembers.Where(m => m.AgentId == actor.AgentId).Select(m => m.TeamId);
        var visible = seesAll ? live : live.Where(c => c.AssigneeId == actor.AgentId || (c.TeamId != null && teams.Contains(c.TeamId.Value)));
        var soon = now + Sla.SoonWindow;
        return name switch
        {
            QueueName.Team => visible.Where(c => c.TeamId != null),
            QueueName.Unassigned => visible.Where(c => c.AssigneeId == null),
            QueueName.DueSoon => visible.Where(c =>
                (c.FirstRespondedAt == null && c.FirstResponseDueAt >= now && c.FirstResponseDueAt <= soon)
                || (c.FirstRespondedAt != null && c.ResolutionDueAt >= now && c.ResolutionDueAt <= soon)),
            _ => visible.Where(c => (c.FirstRespondedAt == null && c.FirstResponseDueAt < now) || c.ResolutionDueAt < now),
        };
    }
}
