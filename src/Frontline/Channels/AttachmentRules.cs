namespace Frontline.Channels;

/// <summary>Which files are kept with a message: known document and picture types, each at most 10 MB.</summary>
public static class AttachmentRules
{
    public const long MaxBytes = 10 * 1024 * 1024;

    private static readonly string[] Allowed =
    [
        "application/pdf", "image/png", "image/jpeg", "image/gif", "image/webp", "text/plain", "text/csv",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/msword", "application/vnd.ms-excel",
    ];

    /// <summary>Why a file is refused, or null when it is kept.</summary>
    public static string? Refusal(string contentType, long size) =>
        !Allowed.Contains(contentType.ToLowerInvariant()) ? $"files of type {contentType} are not kept"
        : size > MaxBytes ? $"larger than {MaxBytes / 1024 / 1024} MB"
        : null;
}
