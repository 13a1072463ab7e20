using Frontline.Events;
using Frontline.Identity;
using Frontline.Touchpoints;

namespace Frontline.Approvals;

/// <summary>
/// An approval request a team lead has not decided moves up to a manager before it falls due: when an hour, or a
/// quarter of the time it was given, is left, whichever is longer.
/// </summary>
public static class ApprovalEscalation
{
    private static readonly Actor Deadline = new(null, null, "Frontline", Roles.Agent);

    public static bool IsTime(DateTime requestedAt, DateTime dueBy, DateTime now)
    {
        var window = dueBy - requestedAt;
        var lead = TimeSpan.FromTicks(Math.Max(TimeSpan.FromHours(1).Ticks, window.Ticks / 4));
        return now >= dueBy - lead;
    }

    /// <summary>Moves every request whose time has come; safe on several nodes at once, as each move is conditional.</summary>
    public static async Task<int> RunAsync(FrontlineDb db, DateTime now, CancellationToken ct)
    {
        var horizon = now.AddDays(30);
        var pending = await db.ApprovalRequests.AsNoTracking()
            .Where(r => r.Status == ApprovalStatus.Pending && r.Level == Roles.TeamLead && r.DueBy < horizon)
            .Select(r => new { r.Id, r.RequestedAt, r.DueBy, r.CaseId, r.CustomerId, r.Gesture })
            .ToListAsync(ct);
        var moved = 0;
        foreach (var r in pending.Where(r => IsTime(r.RequestedAt, r.DueBy, now)))
        {
            moved += await db.InTransactionAsync(async () =>
            {
                var rows = await db.ApprovalRequests
                    .Where(x => x.Id == r.Id && x.Status == ApprovalStatus.Pending && x.Level == Roles.TeamLead)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.Level, Roles.Manager), ct);
                if (rows == 0) return 0;
                var channel = await db.Cases.Where(c => c.Id == r.CaseId).Select(c => c.Channel).FirstAsync(ct);
                db.RecordTouchpoint(CaseTouch.Frontline, now, CaseTouch.Of(r.CustomerId, r.CaseId, channel, null, now,
                    $"No team lead had decided on {r.Gesture} by {now:yyyy-MM-dd HH:mm} UTC, due {r.DueBy:yyyy-MM-dd HH:mm} UTC: moved up to a manager."));
                var moved = new ApprovalMovedUp(r.Id, r.CaseId, r.CustomerId, Roles.Manager, Escalated: true);
                db.Publish(Deadline, now, moved);
                await db.SaveChangesAsync(ct);
                return 1;
            }, ct);
        }
        return moved;
    }
}
