using System.Globalization;

namespace Frontline.Guidelines;

/// <summary>Whether a guideline's conditions hold for a case: pure, so every caller decides the same way.</summary>
public static class GuidelineRules
{
    public static bool Applies(GuidelineContent content, CaseFacts facts) => content.When.All(c => Holds(c, facts));

    public static bool Holds(Condition condition, CaseFacts facts)
    {
        var value = facts.Value(condition.Fact);
        if (value is null) return false;
        if (CaseFacts.IsNumeric(condition.Fact))
        {
            var actual = Convert.ToDecimal(value, CultureInfo.InvariantCulture);
            if (condition.Is == Comparison.OneOf) return Numbers(condition.Value).Contains(actual);
            if (!TryNumber(condition.Value, out var expected)) return false;
            return condition.Is switch
            {
                Comparison.Is => actual == expected,
                Comparison.IsNot => actual != expected,
                Comparison.Below => actual < expected,
                Comparison.AtMost => actual <= expected,
                Comparison.Above => actual > expected,
                Comparison.AtLeast => actual >= expected,
                _ => false,
            };
        }
        var text = value.ToString()!;
        return condition.Is switch
        {
            Comparison.Is => Same(text, condition.Value),
            Comparison.IsNot => !Same(text, condition.Value),
            Comparison.OneOf => condition.Value.Split(',').Any(v => Same(text, v.Trim())),
            _ => false,
        };
    }

    public static bool TryNumber(string text, out decimal number) =>
        decimal.TryParse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out number);

    private static IEnumerable<decimal> Numbers(string list) =>
        list.Split(',').Select(v => TryNumber(v, out var n) ? n : (decimal?)null).OfType<decimal>();

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
