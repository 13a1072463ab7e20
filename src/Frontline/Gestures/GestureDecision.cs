using Frontline.Authority;
using Frontline.Identity;

namespace Frontline.Gestures;

/// <param name="GrantAgainReason">Required when the case already has a gesture of this kind: why it is given again.</param>
public sealed record GestureInput(string? Gesture, decimal? Amount, string? Currency, string? Reason,
    string? GrantAgainReason = null);

/// <summary>Gathers what an evaluation weighs for one person and one case, then lets the pure evaluator decide.</summary>
public static class GestureDecision
{
    /// <summary>The evaluation, and the team the actor acts in (whose lead decides, and whose requests and gestures they are).</summary>
    public static async Task<(Evaluation Evaluation, long? ActingTeam)> EvaluateAsync(
        FrontlineDb db, CaseContext context, string gesture, Money amount, Actor actor, DateTime now, CancellationToken ct,
        SelfChangedFacts? rules = null)
    {
        var request = new GestureRequest(gesture, amount, context.CategoryId, context.Tier);
        var kinds = await db.GestureKinds.AsNoTracking().ToDictionaryAsync(k => k.Code, k => (k.Name, k.Verb), ct);
        var byLevel = new Dictionary<string, IReadOnlyList<GrantTerms>>
        {
            [Roles.TeamLead] = await Sandbox.ForRoleAsync(db, Roles.TeamLead, now, ct),
            [Roles.Manager] = await Sandbox.ForRoleAsync(db, Roles.Manager, now, ct),
        };
        var teams = await ActingTeams.OfAsync(db, actor, ct);
        var actingTeam = teams.Count > 0 ? teams[0] : (long?)null;
        var input = new EvaluationInput(context.Guideline, request, await Sandbox.ForAsync(db, actor, teams, now, ct), byLevel, kinds, now,
            context.CustomerDeadline, await ApproverCalendarAsync(db, context, actingTeam, ct),
            await (rules ?? SelfChangedFacts.Default).FindAsync(db, context, actor, now, ct));
        return (GestureEvaluator.Evaluate(input), actingTeam);
    }

    /// <summary>
    /// The approver is a lead of the asker's team (or of the case's team): the request is due in that team's working
    /// time; without a team, a standard working week in the case's zone.
    /// </summary>
    private static async Task<Approvals.WorkingCalendar> ApproverCalendarAsync(FrontlineDb db, CaseContext context, long? actingTeam,
        CancellationToken ct)
    {
        var teamId = actingTeam ?? context.TeamId;
        return teamId is null
            ? Approvals.WorkingCalendar.Standard(context.TimeZone)
            : await Queues.TeamCalendars.LoadAsync(db, teamId, ct);
    }

    /// <summary>Checks the input, naming each bad field; returns the gesture code and the amount in the case's currency.</summary>
    public static async Task<(string Gesture, Money Amount)> CheckAsync(FrontlineDb db, GestureInput input, CaseContext context, Errors errors,
        bool reasonRequired, CancellationToken ct)
    {
        var gesture = errors.Text("gesture", input.Gesture, 40);
        if (gesture.Length > 0 && !await db.GestureKinds.AnyAsync(k => k.Code == gesture, ct)) errors.Add("gesture", $"'{gesture}' is not a gesture kind.");
        errors.Required("amount", input.Amount);
        // a gesture has a cost (a free replacement costs what the replacement is worth) unless its kind may be free
        var mayBeFree = gesture.Length > 0 && await db.GestureKinds.AnyAsync(k => k.Code == gesture && k.MayBeFree, ct);
        errors.Amount("amount", input.Amount, MinimumAmount(mayBeFree), 1_000_000m);
        var currency = input.Currency?.Trim().ToUpperInvariant() is { Length: > 0 } c ? c : context.Currency;
        if (!Money.IsCurrency(currency)) errors.Add("currency", "Must be a three-letter ISO 4217 code such as EUR.");
        errors.Text("reason", input.Reason, 2000, reasonRequired);
        return (gesture, new Money(input.Amount ?? 0, currency));
    }

    /// <summary>The least a gesture of a kind may be worth: nothing for kinds that may be free, else a cent.</summary>
    public static decimal MinimumAmount(bool mayBeFree) => mayBeFree ? 0m : 0.01m;
}
