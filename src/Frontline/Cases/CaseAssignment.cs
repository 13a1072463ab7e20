using System.Security.Claims;
using Frontline.Events;
using Frontline.Identity;
using Frontline.Touchpoints;
using Frontline.Queues;

namespace Frontline.Cases;

/// <param name="RoundRobin">Let Frontline choose the agent: the member of the team who has waited longest for a case.</param>
public sealed record AssignCaseRequest(long? AssigneeId, long? TeamId, bool? RoundRobin = null);

/// <summary>
/// Who owns a case: an agent, a team, or both, chosen by hand or round-robin within the team. Every change is a
/// handoff, recorded and counted, and written to the case's timeline; a change of team resets the SLA's due times
/// to the new team's calendar.
/// </summary>
public static class CaseAssignment
{
    internal static async Task<Results<Ok<CaseView>, NotFound, ValidationProblem, ProblemHttpResult>> Handle(
        long id, AssignCaseRequest request, ClaimsPrincipal user, FrontlineDb db, TimeProvider clock, CancellationToken ct) =>
        (await AssignAsync(db, id, request, Actor.Of(user), clock.GetUtcNow().UtcDateTime, ct)).ToOk();

    public static async Task<Outcome<CaseView>> AssignAsync(FrontlineDb db, long id, AssignCaseRequest request,
        Actor actor, DateTime now, CancellationToken ct)
    {
        var @case = await db.Cases.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (@case is null) return Outcome<CaseView>.NotFound();
        var errors = new Errors();
        var roundRobin = request.RoundRobin == true;
        var teamId = request.TeamId ?? (roundRobin ? @case.TeamId : null);
        if (roundRobin && request.AssigneeId is not null) errors.Add("assigneeId",
            "Either name the agent or ask for round-robin, not both.");
        if (roundRobin && teamId is null) errors.Add("teamId", "Round-robin chooses within a team: name the team.");
        await CheckAsync(db, request.AssigneeId, teamId, errors, ct);
        if (errors.Any) return errors;

        return await db.InTransactionAsync(async () =>
        {
            var assigneeId = request.AssigneeId;
            if (roundRobin)
            {
                assigneeId = await NextInTeamAsync(db, teamId!.Value, now, ct);
                if (assigneeId is null)
                {
                    var none = new Errors();
                    none.Add("teamId", "The team has no active member to give the case to.");
                    return (Outcome<CaseView>)none;
                }
            }
            if (@case.AssigneeId != assigneeId || @case.TeamId != teamId)
            {
                var assignee = assigneeId is { } a ? await db.Users.Where(u => u.Id == a).Select(u => u.DisplayName)
                    .FirstAsync(ct) : "nobody";
                var team = teamId is { } t ? await db.Teams.Where(x => x.Id == t).Select(x => x.Name)
                    .FirstAsync(ct) : "no team";
                db.CaseHandoffs.Add(new CaseHandoff
                {
                    CaseId = id, FromAgentId = @case.AssigneeId, FromTeamId = @case.TeamId, ToAgentId = assigneeId, ToTeamId = teamId, At = now,
                    ByAgentId = actor.AgentId, By = actor.Name, How = roundRobin ? "round-robin" : "manual",
                });
                db.Publish(actor, now,
                    new CaseAssigned(@case.Id, @case.CustomerId, assigneeId, teamId, @case.AssigneeId, @case.TeamId));
                var teamChanged = @case.TeamId != teamId;
                (@case.AssigneeId, @case.TeamId, @case.UpdatedAt) = (assigneeId, teamId, now);
                if (teamChanged) await Sla.StampAsync(db, @case, ct);
                db.RecordTouchpoint(actor, now, CaseNote.Of(@case, actor, now,
                    $"Assigned to {assignee} ({team}) by {actor.Name}{(roundRobin ? ", round-robin" : "")}."));
                await db.SaveChangesAsync(ct);
            }
            return (Outcome<CaseView>)(await CaseView.LoadAsync(db, id, ct))!;
        }, ct);
    }

    /// <summary>
    /// The active member of the team who has waited longest since round-robin last gave them a case (never first),
    /// claimed with a conditional update so two assignments at once never pick the same turn.
    /// </summary>
    private static async Task<long?> NextInTeamAsync(FrontlineDb db, long teamId, DateTime now, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var next = await db.TeamMembers.AsNoTracking()
                .Where(m => m.TeamId == teamId && db.Users.Any(u => u.Id == m.AgentId && u.IsActive))
                .OrderBy(m => m.LastAssignedAt != null).ThenBy(m => m.LastAssignedAt).ThenBy(m => m.AgentId)
                .Select(m => new { m.AgentId, m.LastAssignedAt }).FirstOrDefaultAsync(ct);
            if (next is null) return null;
            var claimed = await db.TeamMembers
                .Where(m => m.TeamId == teamId && m.AgentId == next.AgentId && m.LastAssignedAt == next.LastAssignedAt)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LastAssignedAt, now), ct);
            if (claimed == 1) return next.AgentId;
        }
        return null;
    }

    internal static async Task CheckAsync(FrontlineDb db, long? assigneeId, long? teamId, Errors errors,
        CancellationToken ct)
    {
        if (assigneeId is { } a && !await db.Users.AnyAsync(u => u.Id == a && u.IsActive, ct))
            errors.Add("assigneeId", $"There is no active agent {a}.");
        if (teamId is { } t && !await db.Teams.AnyAsync(x => x.Id == t && x.IsActive, ct))
            errors.Add("teamId", $"There is no active team {t}.");
    }
}
