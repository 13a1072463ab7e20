using Frontline.Identity;

namespace Frontline.Guidelines;

/// <summary>
/// Refuses a guideline that could leave an agent with nothing to offer, or that cannot be read the same way
/// twice, naming each field that is wrong.
/// </summary>
public static class GuidelineCheck
{
    public static readonly string[] Approvers = [Roles.TeamLead, Roles.Manager];

    public static void Check(GuidelineContent? content, IReadOnlySet<string> knownGestures, Errors errors)
    {
        if (content is null)
        {
            errors.Add("content", "Is required.");
            return;
        }
        errors.Text("content.defaultOutcome", content.DefaultOutcome, 1000);
        foreach (var (condition, i) in (content.When ?? []).Select((c, i) => (c, i)))
        {
            var field = $"content.when[{i}]";
            if (condition is null)
            {
                errors.Add(field, "Is empty.");
                continue;
            }
            errors.Known($"{field}.fact", (Fact?)condition.Fact);
            errors.Known($"{field}.is", (Comparison?)condition.Is);
            if (string.IsNullOrWhiteSpace(condition.Value)) errors.Add($"{field}.value", "Is required.");
            else if (CaseFacts.IsNumeric(condition.Fact) && !condition.Value.Split(',').All(v => GuidelineRules.TryNumber(v, out _)))
                errors.Add($"{field}.value", $"{condition.Fact} is a number; '{condition.Value}' is not.");
            else if (!CaseFacts.IsNumeric(condition.Fact) && condition.Is is not (Comparison.Is or Comparison.IsNot or Comparison.OneOf))
                errors.Add($"{field}.is", $"{condition.Fact} is a word: use Is, IsNot or OneOf.");
        }
        foreach (var (gesture, i) in (content.Gestures ?? []).Select((g, i) => (g, i)))
        {
            if (gesture is null)
            {
                errors.Add($"content.gestures[{i}]", "Is empty.");
                continue;
            }
            if (gesture.Note is { Length: > 500 }) errors.Add($"content.gestures[{i}].note", "Must be at most 500 characters.");
            if (!knownGestures.Contains(gesture.Gesture ?? "")) errors.Add($"content.gestures[{i}].gesture", $"'{gesture.Gesture}' is not a gesture kind.");
            errors.Amount($"content.gestures[{i}].suggestedAmount", gesture.SuggestedAmount, 0, 1_000_000m);
        }
        foreach (var (alternative, i) in (content.Alternatives ?? []).Select((a, i) => (a, i)))
            if (string.IsNullOrWhiteSpace(alternative)) errors.Add($"content.alternatives[{i}]", "Is empty.");
            else if (alternative.Length > 1000) errors.Add($"content.alternatives[{i}]", "Must be at most 1,000 characters.");
        if ((content.Gestures?.Count ?? 0) + (content.Alternatives?.Count ?? 0) == 0)
            errors.Add("content.alternatives",
                "Offer at least one discretionary gesture or alternative: a guideline must never leave an agent with only a no.");
        if (!Approvers.Contains(content.Approver))
            errors.Add("content.approver", $"Name who may approve more: {string.Join(" or ", Approvers)}.");
    }
}
