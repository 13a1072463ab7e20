using Frontline.Events;

namespace Frontline.Audit;

public sealed record AuditActorView(string Name, long? AgentId, long? ApiKeyId, long? ServiceAccountId,
    string? Address);

/// <summary>One row of the audit log as admins read it (newest first).</summary>
public sealed record AuditEntryView(long Id, long EventPosition, DateTime OccurredAt, string Type, string What,
    AuditOutcome Outcome, int? Status, string? Reason, long? CaseId, long? CustomerId, AuditActorView Actor, string Hash);

/// <summary>The filters of the log: who (a fragment of the name), type, case, outcome, and a span of time.</summary>
public sealed record AuditFilter(string? Who = null, string? Type = null, long? CaseId = null, string? Outcome = null,
    DateTime? From = null, DateTime? To = null);

/// <summary>Admins read and filter the audit log; the API, the CSV export and the admin page share these queries.</summary>
public static class AuditLog
{
    /// <summary>Checks the filters, naming each bad one; returns the query they make (null when any is bad).</summary>
    public static IQueryable<AuditEntryView>? Query(FrontlineDb db, AuditFilter filter, Errors errors)
    {
        var who = errors.Text("who", filter.Who, 200, required: false);
        if (filter.Type is { Length: > 0 } type && EventCatalog.Named(type) is null) errors.Add("type",
            $"There is no event type {type}.");
        AuditOutcome? outcome = null;
        if (filter.Outcome is { Length: > 0 } o)
        {
            if (Enum.TryParse<AuditOutcome>(o, ignoreCase: true,
                out var parsed) && Enum.IsDefined(parsed)) outcome = parsed;
            else errors.Add("outcome", $"Must be one of {string.Join(", ", Enum.GetNames<AuditOutcome>())}.");
        }
        if (filter.CaseId is < 1) errors.Add("caseId", "Must be 1 or more.");
        var from = errors.Instant("from", filter.From, DateTime.UnixEpoch, DateTime.MaxValue.AddYears(-1));
        var to = errors.Instant("to", filter.To, DateTime.UnixEpoch, DateTime.MaxValue.AddYears(-1));
        if (from is not null && to is not null && from > to) errors.Add("from", "Must not be after to.");
        if (errors.Any) return null;

        var rows = db.AuditLog.AsNoTracking();
        if (who.Length > 0)
        {
            var pattern = Like.Containing(who);
            rows = rows.Where(a => EF.Functions.Like(a.ActorName.ToLower(), pattern, Like.Escape));
        }
        if (filter.Type is { Length: > 0 }) rows = rows.Where(a => a.Type == filter.Type);
        if (filter.CaseId is { } caseId) rows = rows.Where(a => a.CaseId == caseId);
        if (outcome is { } wanted) rows = rows.Where(a => a.Outcome == wanted);
        if (from is { } start) rows = rows.Where(a => a.OccurredAt >= start);
        if (to is { } end) rows = rows.Where(a => a.OccurredAt < end);
        return rows.OrderByDescending(a => a.Id)
            .Select(a => new AuditEntryView(a.Id, a.EventPosition, a.OccurredAt, a.Type, a.What,
            a.Outcome, a.Status, a.Reason, a.CaseId, a.CustomerId,
            new AuditActorView(a.ActorName, a.ActorAgentId, a.ActorApiKeyId, a.ActorServiceAccountId, a.ActorAddress), a.Hash));
    }

    internal static async Task<Results<Ok<Page<AuditEntryView>>, ValidationProblem>> ListAsync(FrontlineDb db,
        [AsParameters] AuditQueryString query, CancellationToken ct)
    {
        var errors = new Errors();
        var (page, size) = Paging.Read(query.Page, query.PageSize, errors);
        var rows = Query(db, query.Filter, errors);
        if (rows is null) return errors.Problem();
        return TypedResults.Ok(await rows.ToPageAsync(page, size, ct));
    }
}

/// <summary>The log's query string: the filters, and a page for the JSON list.</summary>
internal sealed record AuditQueryString(string? Who, string? Type, long? CaseId, string? Outcome, DateTime? From,
    DateTime? To,
    int? Page, int? PageSize)
{
    public AuditFilter Filter => new(Who, Type, CaseId, Outcome, From, To);
}
