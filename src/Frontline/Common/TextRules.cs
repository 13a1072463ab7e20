namespace Frontline.Common;

/// <summary>What no stored text may carry, whichever way it arrives (JSON, a form, an e-mail).</summary>
public static class TextRules
{
    /// <summary>Why <paramref name="text"/> cannot be stored, or null: a control character other than tab and line
    /// breaks (PostgreSQL refuses U+0000 outright) or half of a surrogate pair (not UTF-8 at all).</summary>
    public static string? Refusal(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsControl(c)) return $"Must not contain the control character U+{(int)c:X4}.";
            if (IsPair(text, i)) i++;
            else if (char.IsSurrogate(c)) return "Must not contain half of a surrogate pair.";
        }
        return null;
    }

    /// <summary>The text with every refused character dropped (half surrogates become U+FFFD): for what must be kept
    /// anyway, such as an inbound e-mail.</summary>
    public static string Clean(string text)
    {
        if (Refusal(text) is null) return text;
        var kept = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsControl(c)) continue;
            if (IsPair(text, i)) kept.Append(c).Append(text[++i]);
            else kept.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
        }
        return kept.ToString();
    }

    private static bool IsPair(string text, int i) =>
        char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);

    private static bool IsControl(char c) => (c < ' ' && c is not ('\t' or '\n' or '\r')) || c == '\u007F';
}
