namespace Frontline.CallBacks;

/// <summary>A call-back as its owner sees it: whom to call, when, why, and about which case.</summary>
public sealed record CallBackView(long Id, long CustomerId, string CustomerName, long? CaseId, DateTime DueAt,
    string? Note, DateTime CreatedAt, DateTime? DoneAt)
{
    /// <summary>The case's number as people say it (C-000042), when the call-back is about one.</summary>
    public string? CaseNumber => CaseId is { } id ? Cases.Case.NumberOf(id) : null;

    internal static IQueryable<CallBackView> Project(FrontlineDb db, IQueryable<CallBack> callBacks) =>
        callBacks.Select(c => new CallBackView(c.Id, c.CustomerId,
            db.Customers.Where(x => x.Id == c.CustomerId).Select(x => x.Name).First(), c.CaseId,
            c.DueAt, c.Note, c.CreatedAt, c.DoneAt));
}
