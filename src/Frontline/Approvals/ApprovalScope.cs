using Frontline.Identity;

namespace Frontline.Approvals;

/// <summary>
/// Whose requests an approver sees and decides. Nobody decides a request they raised, one raised by a key acting
/// for them, or (a service account's key) one raised by their own service account. A team lead decides only their
/// own teams' requests (a service account's key: its account's team); requests of someone with no team go to
/// managers. Managers and admins decide everyone else's. Keys that act for nobody decide nothing.
/// </summary>
public static class ApprovalScope
{
    public static IQueryable<ApprovalRequest> Visible(FrontlineDb db, Actor actor, IQueryable<ApprovalRequest> requests)
    {
        if (actor.IsKeyForNobody) return requests.Where(r => false);
        var levels = Roles.All.Where(r => Roles.Rank(r) <= Roles.Rank(actor.Role)).ToList();
        requests = requests.Where(r => levels.Contains(r.Level));
        if (actor.AgentId is { } me) requests = requests.Where(r => r.RequestedById == null || r.RequestedById != me);
        if (actor.ServiceAccountId is { } account)
            requests = requests.Where(r => r.RequestedByServiceAccountId == null || r.RequestedByServiceAccountId != account);
        if (actor.Role != Roles.TeamLead) return requests;
        if (actor.ServiceAccountId is { } mine)
            return requests.Where(r => db.ServiceAccounts.Any(s => s.Id == mine && s.TeamId == r.RequestedByTeamId));
        var lead = actor.AgentId;
        return requests.Where(r => db.TeamMembers.Any(m => m.AgentId == lead && m.TeamId == r.RequestedByTeamId));
    }

    /// <summary>Why the actor may not see or decide the request, or null when they may.</summary>
    public static async Task<string?> RefusalAsync(FrontlineDb db, Actor actor, long requestId, CancellationToken ct)
    {
        if (actor.IsKeyForNobody) return ActingTeams.KeyForNobody;
        var asked = await db.ApprovalRequests.AsNoTracking().Where(r => r.Id == requestId)
            .Select(r => new { r.Level, r.RequestedById, r.RequestedByServiceAccountId, r.RequestedByTeamId }).FirstAsync(ct);
        if (Roles.Rank(actor.Role) < Roles.Rank(asked.Level))
            return $"Only {Gestures.GestureEvaluator.Words(asked.Level)} or above may decide this request.";
        if (actor.AgentId is { } me && asked.RequestedById == me)
            return "Nobody decides a request they raised, nor one raised by a key acting for them: another approver must.";
        if (actor.ServiceAccountId is { } account && asked.RequestedByServiceAccountId == account)
            return "A service account's keys never decide its own requests: another approver must.";
        if (!await Visible(db, actor, db.ApprovalRequests.Where(r => r.Id == requestId)).AnyAsync(ct))
            return asked.RequestedByTeamId is null
                ? "The asker belongs to no team, so a manager decides this request."
                : "This request is for a lead of the asker's own team.";
        return null;
    }
}
