namespace Frontline.Cases;

public static class ListCases
{
    internal static async Task<Results<Ok<Page<CaseView>>, ValidationProblem>> Handle(
        CaseStatus? status, long? categoryId, long? customerId, long? assigneeId, long? teamId, CasePriority? priority,
        int? page, int? pageSize, FrontlineDb db, CancellationToken ct)
    {
        var errors = new Errors();
        var (p, size) = Paging.Read(page, pageSize, errors);
        errors.Known("status", status);
        errors.Known("priority", priority);
        if (errors.Any) return errors.Problem();
        var cases = db.Cases.AsQueryable();
        if (status is { } s) cases = cases.Where(c => c.Status == s);
        if (categoryId is { } cat) cases = cases.Where(c => c.CategoryId == cat);
        if (customerId is { } cus) cases = cases.Where(c => c.CustomerId == cus);
        if (assigneeId is { } a) cases = cases.Where(c => c.AssigneeId == a);
        if (teamId is { } t) cases = cases.Where(c => c.TeamId == t);
        if (priority is { } pr) cases = cases.Where(c => c.Priority == pr);
        var query = CaseView.Project(db, cases.AsNoTracking().OrderByDescending(c => c.OpenedAt).ThenByDescending(c => c.Id));
        return TypedResults.Ok(await query.ToPageAsync(p, size, ct));
    }
}
