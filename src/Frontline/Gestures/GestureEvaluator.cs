using Frontline.Approvals;
using Frontline.Authority;
using Frontline.Identity;

namespace Frontline.Gestures;

/// <summary>Everything an evaluation weighs, gathered beforehand so the decision itself is pure.</summary>
public sealed record EvaluationInput(
    AppliedGuideline? Guideline, GestureRequest Request, IReadOnlyList<GrantTerms> Mine,
    IReadOnlyDictionary<string, IReadOnlyList<GrantTerms>> ByLevel, IReadOnlyDictionary<string, (string Name, string Verb)> Kinds,
    DateTime Now, DateTime? CustomerDeadline, WorkingCalendar ApproverCalendar, IReadOnlyList<SelfChangedFact>? SelfChanged = null);

public static class GestureEvaluator
{
    /// <summary>Without a guideline the default outcome speaks with the verdict: one voice, never two answers.</summary>
    public const string NoGuidelineWithinSandbox =
        "No guideline covers this case yet. This gesture is within your sandbox: grant it if it is right, and say why.";

    public static string NoGuidelineNeedsApproval(string level) =>
        $"No guideline covers this case yet, and this gesture is beyond your sandbox: {Words(level)} decides.";

    public static Evaluation Evaluate(EvaluationInput input)
    {
        var request = input.Request;
        var verb = input.Kinds.TryGetValue(request.Gesture, out var kind) ? kind.Verb : request.Gesture;
        var content = input.Guideline?.Content;
        var options = (content?.Gestures ?? []).Select(g => new GestureOption(g.Gesture,
            input.Kinds.TryGetValue(g.Gesture, out var k) ? k.Name : g.Gesture, g.SuggestedAmount, g.Note,
            EffectiveAuthority.Check(input.Mine, request with
            {
                Gesture = g.Gesture,
                Amount = request.Amount with { Amount = g.SuggestedAmount ?? request.Amount.Amount },
            }, verb).Covered)).ToList();
        var alternatives = content?.Alternatives is { Count: > 0 } a ? a : ["Ask your team lead, who can decide beyond your sandbox."];
        // a gesture the guideline does not offer is a departure: someone above decides
        var offered = content is null || content.Gestures.Any(g => g.Gesture == request.Gesture);
        var mine = EffectiveAuthority.Check(input.Mine, request, verb);
        var relied = ReliedOn(input, mine);

        if (mine.Covered && offered && relied.Count == 0)
            return new(Verdict.GrantNow, mine.Reason, input.Guideline?.Id, input.Guideline?.Version,
                content?.DefaultOutcome ?? NoGuidelineWithinSandbox, options, alternatives, null, mine.Grant!.Id);

        var why = offered ? mine.Reason : $"The guideline does not offer this gesture. {mine.Reason}";
        // nobody widens their own sandbox: a fact the asker changed lately is checked by someone else
        if (relied.Count > 0)
            why = $"This depends on what {string.Join(", and ", relied.Select(r => r.Words))}: a manager decides. {why}";
        var level = relied.Count > 0 ? Roles.Manager : LowestLevel(input, verb, content?.Approver);
        var (due, urgent) = BusinessHours.DueBy(input.Now, input.CustomerDeadline, input.ApproverCalendar);
        var when = urgent
            ? $"Urgent: the customer's deadline leaves little working time. Needs approval by {Words(level)} before {due:yyyy-MM-dd HH:mm} UTC."
            : $"Needs approval by {Words(level)} before {due:yyyy-MM-dd HH:mm} UTC.";
        return new(Verdict.NeedsApproval, $"{when} {why}", input.Guideline?.Id, input.Guideline?.Version,
            content?.DefaultOutcome ?? NoGuidelineNeedsApproval(level), options, alternatives,
            new ApprovalRoute(level, due, why, urgent), null);
    }

    /// <summary>The facts the asker changed lately that this evaluation rests on: the guideline's conditions and the grant's tiers.</summary>
    private static List<SelfChangedFact> ReliedOn(EvaluationInput input, AuthorityCheck mine)
    {
        if (input.SelfChanged is not { Count: > 0 } changed) return [];
        var facts = (input.Guideline?.Content.When ?? []).Select(c => SelfChangedFacts.Source(c.Fact)).OfType<string>()
            .ToHashSet();
        if (mine.Grant is { Tiers.Count: > 0 }) facts.Add(Customers.CustomerFacts.Tier);
        return changed.Where(c => facts.Contains(c.Fact)).ToList();
    }

    /// <summary>The lowest level whose role authority covers the request; for a departure, at least the guideline's approver.</summary>
    private static string LowestLevel(EvaluationInput input, string verb, string? approver)
    {
        string[] levels = [Roles.TeamLead, Roles.Manager];
        var floor = approver is not null && Array.IndexOf(levels,
            approver) >= 0 && !(input.Guideline?.Content.Gestures.Any(g => g.Gesture == input.Request.Gesture) ?? true)
            ? Array.IndexOf(levels, approver)
            : 0;
        foreach (var level in levels.Skip(floor))
            if (input.ByLevel.TryGetValue(level, out var grants) && EffectiveAuthority.Check(grants, input.Request, verb).Covered) return level;
        return Roles.Manager;
    }

    public static string Words(string level) => level == Roles.TeamLead ? "a team lead" : "a manager";
}
