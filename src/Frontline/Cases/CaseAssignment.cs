using System.Security.Claims;
using Frontline.Identity;

namespace Frontline.Cases;

public sealed record AssignCaseRequest(long? AssigneeId, long? TeamId);

/// <summary>Who owns a case: an agent, a team, or both. Every change is written to the case's timeline.</summary>
public static class CaseAssignment
{
    internal static async Task<Results<Ok<CaseView>, NotFound, ValidationProblem>> Handle(
        long id, AssignCaseRequest request, ClaimsPrincipal user, FrontlineDb db, TimeProvider clock, CancellationToken ct)
    {
        var @case = await db.Cases.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (@case is null) return TypedResults.NotFound();
        var errors = new Errors();
        await CheckAsync(db, request.AssigneeId, request.TeamId, errors, ct);
        if (errors.Any) return errors.Problem();
        if (@case.AssigneeId != request.AssigneeId || @case.TeamId != request.TeamId)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var assignee = request.AssigneeId is { } a ? await db.Users.Where(u => u.Id == a).Select(u => u.DisplayName).FirstAsync(ct) : "nobody";
            var team = request.TeamId is { } t ? await db.Teams.Where(x => x.Id == t).Select(x => x.Name).FirstAsync(ct) : "no team";
            @case.AssigneeId = request.AssigneeId;
            @case.TeamId = request.TeamId;
            @case.UpdatedAt = now;
            var actor = Actor.Of(user);
            db.Touchpoints.Add(CaseNote.Of(@case, actor, now, $"Assigned to {assignee} ({team}) by {actor.Name}."));
            await db.SaveChangesAsync(ct);
        }
        return TypedResults.Ok((await CaseView.LoadAsync(db, id, ct))!);
    }

    internal static async Task CheckAsync(FrontlineDb db, long? assigneeId, long? teamId, Errors errors, CancellationToken ct)
    {
        if (assigneeId is { } a && !await db.Users.AnyAsync(u => u.Id == a && u.IsActive, ct))
            errors.Add("assigneeId", $"There is no active agent {a}.");
        if (teamId is { } t && !await db.Teams.AnyAsync(x => x.Id == t, ct))
            errors.Add("teamId", $"There is no team {t}.");
    }
}
