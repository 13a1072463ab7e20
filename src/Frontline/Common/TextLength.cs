namespace Frontline.Common;

public static class TextLength
{
    /// <summary>The text cut to fit a column of <paramref name="length"/> characters.</summary>
    public static string Fit(this string text, int length) => text.Length <= length ? text : text[..length];
}
