using Frontline.Cases;
using Frontline.Touchpoints;

namespace Frontline.Gestures.Ledger;

public enum LedgerGrouping { Category, Team, Agent, Kind }

/// <summary>One group of the ledger: how much was given, how often, and how those cases ended.</summary>
public sealed record LedgerRow(string Key, int Gestures, int ByApproval, IReadOnlyList<Money> Totals, int Cases, int ResolvedCases,
    int ResolvedAtFirstContact, int WithFeedback)
{
    /// <summary>Of the resolved cases, the share resolved with the customer's first contact (see docs/MEASURES.md).</summary>
    public double? FirstContactRate => ResolvedCases == 0 ? null : Math.Round((double)ResolvedAtFirstContact / ResolvedCases, 4);
}

public sealed record LedgerReportView(DateTime From, DateTime To, LedgerGrouping By, IReadOnlyList<LedgerRow> Rows, IReadOnlyList<BudgetUse> Budgets);

/// <summary>
/// The gesture ledger seen whole: gestures by category, team, agent or kind, with totals, spend against each budget
/// this period, and how the cases ended, so generosity and its effect are visible side by side.
/// </summary>
public static class LedgerReport
{
    public const int MaxDays = 366;

    public static async Task<Outcome<LedgerReportView>> RunAsync(FrontlineDb db, DateTime? from, DateTime? to, LedgerGrouping? by, DateTime now,
        CancellationToken ct)
    {
        var errors = new Errors();
        var end = errors.Instant("to", to, DateTime.UnixEpoch, now.AddYears(1)) ?? now;
        var start = errors.Instant("from", from, DateTime.UnixEpoch, now.AddYears(1)) ?? end.AddDays(-30);
        errors.Known("by", by);
        if (start >= end) errors.Add("from", "Must be before to.");
        else if ((end - start).TotalDays > MaxDays) errors.Add("from", $"A report covers at most {MaxDays} days.");
        if (errors.Any) return errors;
        var grouping = by ?? LedgerGrouping.Category;

        var gestures = await db.Gestures.AsNoTracking().Where(g => g.GrantedAt >= start && g.GrantedAt < end)
            .Select(g => new { g.CategoryId, g.TeamId, g.GrantedBy, g.Kind, g.Amount, g.Currency, g.CaseId, Approved = g.ApprovalRequestId != null })
            .ToListAsync(ct);
        var caseIds = gestures.Select(g => g.CaseId).Distinct().ToList();
        var outcomes = await db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id)).Select(c => new
        {
            c.Id,
            Resolved = c.Status == CaseStatus.Resolved || c.Status == CaseStatus.Closed,
            Inbound = db.Touchpoints.Count(t => t.CaseId == c.Id && t.Direction == Direction.Inbound && t.Channel != Channel.Feedback),
            Feedback = db.Touchpoints.Any(t => t.CaseId == c.Id && t.Direction == Direction.Inbound && t.Channel == Channel.Feedback),
        }).ToDictionaryAsync(c => c.Id, ct);
        var categories = await db.Categories.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        var teams = await db.Teams.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Name, ct);

        var rows = gestures.GroupBy(g => grouping switch
            {
                LedgerGrouping.Team => g.TeamId is { } t ? teams.GetValueOrDefault(t, $"team {t}") : "no team",
                LedgerGrouping.Agent => g.GrantedBy,
                LedgerGrouping.Kind => g.Kind,
                _ => categories.GetValueOrDefault(g.CategoryId, $"category {g.CategoryId}"),
            })
            .Select(group =>
            {
                var cases = group.Select(g => g.CaseId).Distinct().Select(id => outcomes.GetValueOrDefault(id)).Where(o => o is not null).ToList();
                return new LedgerRow(group.Key, group.Count(), group.Count(g => g.Approved),
                    group.GroupBy(g => g.Currency).OrderBy(c => c.Key).Select(c => new Money(c.Sum(g => g.Amount), c.Key)).ToList(),
                    cases.Count, cases.Count(c => c!.Resolved), cases.Count(c => c!.Resolved && c.Inbound <= 1), cases.Count(c => c!.Feedback));
            })
            .OrderByDescending(r => r.Gestures).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();
        return new LedgerReportView(start, end, grouping, rows, await BudgetUse.LoadAsync(db, now, ct));
    }
}
