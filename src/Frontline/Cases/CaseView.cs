using Frontline.Touchpoints;

namespace Frontline.Cases;

public sealed record CaseView(
    long Id, string Number, long CustomerId, string CustomerName, long CategoryId, string Category, string Subject,
    CaseStatus Status, CasePriority Priority, Channel Channel, DateTime? CustomerDeadline, long? AssetId,
    long? AssigneeId, string? Assignee, long? TeamId, string? Team,
    DateTime OpenedAt, DateTime UpdatedAt, DateTime? ResolvedAt, DateTime? ClosedAt,
    DateTime? FirstResponseDueAt = null, DateTime? FirstRespondedAt = null, DateTime? ResolutionDueAt = null, int Handoffs = 0,
    string? UnverifiedName = null, string? UnverifiedEmail = null)
{
    /// <summary>
    /// A chat whose visitor has not proved who they are: the case is on a visitor record of its own, and the name and
    /// address they typed are only what they say.
    /// </summary>
    public bool Unverified => UnverifiedEmail is not null;

    /// <summary>The one projection of a case, used by the API and the UI alike. Order <paramref name="cases"/> before projecting.</summary>
    public static IQueryable<CaseView> Project(FrontlineDb db, IQueryable<Case> cases) =>
        cases.Select(c => new CaseView(c.Id, Case.NumberOf(c.Id), c.CustomerId,
            db.Customers.Where(x => x.Id == c.CustomerId).Select(x => x.Name).First(), c.CategoryId, c.Category!.Name, c.Subject,
            c.Status, c.Priority, c.Channel, c.CustomerDeadline, c.AssetId,
            c.AssigneeId, db.Users.Where(a => a.Id == c.AssigneeId).Select(a => a.DisplayName).FirstOrDefault(),
            c.TeamId, db.Teams.Where(t => t.Id == c.TeamId).Select(t => t.Name).FirstOrDefault(),
            c.OpenedAt, c.UpdatedAt, c.ResolvedAt, c.ClosedAt, c.FirstResponseDueAt, c.FirstRespondedAt, c.ResolutionDueAt,
            db.CaseHandoffs.Count(h => h.CaseId == c.Id),
            db.ChatSessions.Where(s => s.CaseId == c.Id && s.VerifiedAt == null && s.ClaimedEmail != null).Select(s => s.ClaimedName).FirstOrDefault(),
            db.ChatSessions.Where(s => s.CaseId == c.Id && s.VerifiedAt == null && s.ClaimedEmail != null).Select(s => s.ClaimedEmail).FirstOrDefault()));

    /// <summary>The first response, until it is given; then the resolution.</summary>
    public Queues.SlaState FirstResponseState(DateTime now) => Queues.Sla.StateOf(FirstResponseDueAt, FirstRespondedAt, now);

    public Queues.SlaState ResolutionState(DateTime now) => Queues.Sla.StateOf(ResolutionDueAt, ResolvedAt, now);

    public static Task<CaseView?> LoadAsync(FrontlineDb db, long id, CancellationToken ct) =>
        Project(db, db.Cases.AsNoTracking().Where(c => c.Id == id)).FirstOrDefaultAsync(ct);
}
