using System.Text.RegularExpressions;

namespace Frontline.Web.Components.Guidelines;

/// <summary>Names the fields of a guideline's refusal the way the editor labels them: "content.gestures[0].suggestedAmount" is "Gesture 1, suggested amount".</summary>
internal static partial class GuidelineFields
{
    public static string Words(string key)
    {
        var match = Row().Match(key);
        if (match.Success)
        {
            var row = int.Parse(match.Groups["i"].Value, System.Globalization.CultureInfo.InvariantCulture) + 1;
            var noun = match.Groups["list"].Value switch { "when" => "Condition", "gestures" => "Gesture", _ => "Alternative" };
            return match.Groups["field"].Success ? $"{noun} {row}, {Spaced(match.Groups["field"].Value)}" : $"{noun} {row}";
        }
        return key switch
        {
            "content.defaultOutcome" => "Default outcome",
            "content.alternatives" => "Gestures and alternatives",
            "content.approver" => "Approver",
            "categoryId" => "Category",
            "name" => "Name",
            _ => key,
        };
    }

    private static string Spaced(string camel) => Word().Replace(camel, m => " " + m.Value.ToLowerInvariant());

    [GeneratedRegex(@"^content\.(?<list>when|gestures|alternatives)\[(?<i>\d+)\](\.(?<field>\w+))?$")]
    private static partial Regex Row();

    [GeneratedRegex("[A-Z]")]
    private static partial Regex Word();
}
