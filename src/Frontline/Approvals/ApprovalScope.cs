using Frontline.Identity;

namespace Frontline.Approvals;

/// <summary>
/// Whose requests an approver sees and decides: a team lead those of their own teams' people (and of people
/// without a team); managers and admins everyone's; integrations at their key's level.
/// </summary>
public static class ApprovalScope
{
    public static IQueryable<ApprovalRequest> Visible(FrontlineDb db, Actor actor, IQueryable<ApprovalRequest> requests)
    {
        var levels = Roles.All.Where(r => Roles.Rank(r) <= Roles.Rank(actor.Role)).ToList();
        requests = requests.Where(r => levels.Contains(r.Level));
        if (actor.Role == Roles.TeamLead && actor.AgentId is { } lead)
            requests = requests.Where(r => r.RequestedByTeamId == null
                || db.TeamMembers.Any(m => m.AgentId == lead && m.TeamId == r.RequestedByTeamId));
        return requests;
    }

    /// <summary>Why the actor may not decide the request, or null when they may.</summary>
    public static async Task<string?> RefusalAsync(FrontlineDb db, Actor actor, long requestId, CancellationToken ct)
    {
        var asked = await db.ApprovalRequests.AsNoTracking().Where(r => r.Id == requestId)
            .Select(r => new { r.Level, r.RequestedById }).FirstAsync(ct);
        if (Roles.Rank(actor.Role) < Roles.Rank(asked.Level))
            return $"Only {Gestures.GestureEvaluator.Words(asked.Level)} or above may decide this request.";
        if (actor.AgentId is { } me && asked.RequestedById == me) return "Nobody decides their own request: another approver must.";
        if (!await Visible(db, actor, db.ApprovalRequests.Where(r => r.Id == requestId)).AnyAsync(ct))
            return "This request is for a lead of the asker's own team.";
        return null;
    }
}
