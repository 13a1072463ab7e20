using Frontline.Cases;

namespace Frontline.Approvals;

public sealed record ApprovalView(
    long Id, long CaseId, string CaseNumber, long CustomerId, string CustomerName, string Gesture, Money Amount, string Reason, string Level,
    DateTime DueBy, string Why, long? GuidelineId, int? GuidelineVersion, string RequestedBy, DateTime RequestedAt, ApprovalStatus Status,
    string? DecidedBy, DateTime? DecidedAt, decimal? ApprovedAmount, string? Alternative, string? Note, string? ApprovedGesture, bool Urgent)
{
    public static IQueryable<ApprovalView> Project(FrontlineDb db, IQueryable<ApprovalRequest> requests) =>
        requests.Select(r => new ApprovalView(r.Id, r.CaseId, Case.NumberOf(r.CaseId), r.CustomerId,
            db.Customers.Where(c => c.Id == r.CustomerId).Select(c => c.Name).First(), r.Gesture, new Money(r.Amount, r.Currency), r.Reason, r.Level,
            r.DueBy, r.Why, r.GuidelineId, r.GuidelineVersion, r.RequestedBy, r.RequestedAt, r.Status, r.DecidedBy, r.DecidedAt, r.ApprovedAmount,
            r.Alternative, r.Note, r.ApprovedGesture, r.Urgent));

    public static async Task<ApprovalView> LoadAsync(FrontlineDb db, long id, CancellationToken ct) =>
        await Project(db, db.ApprovalRequests.AsNoTracking().Where(r => r.Id == id)).FirstAsync(ct);
}
