using Frontline.Data;
using Frontline.Touchpoints;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Cases;

public sealed record CaseView(
    long Id, string Number, long CustomerId, string CustomerName, long CategoryId, string Category, string Subject,
    CaseStatus Status, CasePriority Priority, Channel Channel, DateTime? CustomerDeadline, long? AssetId,
    long? AssigneeId, string? Assignee, long? TeamId, string? Team,
    DateTime OpenedAt, DateTime UpdatedAt, DateTime? ResolvedAt, DateTime? ClosedAt)
{
    /// <summary>The one projection of a case, used by the API and the UI alike.</summary>
    public static IQueryable<CaseView> Project(FrontlineDb db, IQueryable<Case> cases) =>
        from c in cases
        join customer in db.Customers on c.CustomerId equals customer.Id
        select new CaseView(c.Id, Case.NumberOf(c.Id), c.CustomerId, customer.Name, c.CategoryId, c.Category!.Name, c.Subject,
            c.Status, c.Priority, c.Channel, c.CustomerDeadline, c.AssetId,
            c.AssigneeId, db.Users.Where(a => a.Id == c.AssigneeId).Select(a => a.DisplayName).FirstOrDefault(),
            c.TeamId, db.Teams.Where(t => t.Id == c.TeamId).Select(t => t.Name).FirstOrDefault(),
            c.OpenedAt, c.UpdatedAt, c.ResolvedAt, c.ClosedAt);

    public static Task<CaseView?> LoadAsync(FrontlineDb db, long id, CancellationToken ct) =>
        Project(db, db.Cases.AsNoTracking().Where(c => c.Id == id)).FirstOrDefaultAsync(ct);
}
