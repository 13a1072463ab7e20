namespace Frontline.Data;

/// <summary>Fragment search with LIKE on both databases: the text lower-cased, its wildcards escaped with a backslash.</summary>
public static class Like
{
    public const string Escape = "\\";

    public static string Containing(string fragment) =>
        "%" + fragment.Trim().ToLowerInvariant().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
}
