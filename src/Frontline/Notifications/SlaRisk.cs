using Frontline.Cases;
using Frontline.Events;
using Frontline.Identity;

namespace Frontline.Notifications;

/// <summary>
/// Finds the open and pending cases whose resolution falls due within the hour and publishes
/// <see cref="CaseSlaAtRisk"/> for each, once per case and due time: the warning's row and the event are written in one
/// save, and the row's key (case, due time) refuses a second, so two runs at once warn once. A case whose due time moves
/// (a new category, priority or team) is warned again for the new one.
/// </summary>
internal static class SlaRisk
{
    public static readonly TimeSpan Window = TimeSpan.FromHours(1);

    private static readonly Actor Check = new(null, null, "Frontline (service-level check)", "");

    public static async Task<int> WarnAsync(FrontlineDb db, DateTime now, CancellationToken ct)
    {
        var until = now + Window;
        var due = await db.Cases.AsNoTracking()
            .Where(c => c.Status == CaseStatus.Open || c.Status == CaseStatus.Pending)
            .Where(c => c.ResolutionDueAt > now && c.ResolutionDueAt <= until)
            .Where(c => !db.Set<SlaWarning>().Any(w => w.CaseId == c.Id && w.DueAt == c.ResolutionDueAt))
            .OrderBy(c => c.ResolutionDueAt).Take(500)
            .Select(c => new CaseSlaAtRisk(c.Id, c.CustomerId, c.ResolutionDueAt!.Value, c.AssigneeId, c.TeamId))
            .ToListAsync(ct);
        var warned = 0;
        foreach (var risk in due)
        {
            db.Set<SlaWarning>().Add(new SlaWarning { CaseId = risk.CaseId, DueAt = risk.DueAt, WarnedAt = now });
            db.Publish(Check, now, risk);
            try
            {
                await db.SaveChangesAsync(ct);
                warned++;
            }
            catch (DbUpdateException)
            {
                // another node warned of this one a moment ago: its row and event stand, ours are dropped
            }
            db.ChangeTracker.Clear();
        }
        return warned;
    }
}
