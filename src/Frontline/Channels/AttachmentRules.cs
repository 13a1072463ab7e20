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

    /// <summary>How many files one message may carry, and how much they may weigh together.</summary>
    public const int MaxFilesPerMessage = 5;

    /// <summary>A checked file, ready to keep.</summary>
    public sealed record CheckedFile(string FileName, string ContentType, byte[] Content);

    /// <summary>Checks files a client sent, naming each bad one by its place (<c>attachments[1].contentType</c>).</summary>
    public static IReadOnlyList<CheckedFile> Read(IReadOnlyList<Email.FileInput>? files, string field, Errors errors)
    {
        if (files is null || files.Count == 0) return [];
        if (files.Count > MaxFilesPerMessage) errors.Add(field, $"At most {MaxFilesPerMessage} files.");
        if (files.Sum(f => (long)(f?.Content?.Length ?? 0)) > MaxBytes) errors.Add(field, $"Together at most {MaxBytes / 1024 / 1024} MB.");
        var kept = new List<CheckedFile>();
        for (var i = 0; i < files.Count; i++)
        {
            var at = $"{field}[{i}]";
            if (files[i] is not { } file) { errors.Add(at, "Is required."); continue; }
            var name = Path.GetFileName(errors.Text($"{at}.fileName", file.FileName, 255));
            var type = errors.Text($"{at}.contentType", file.ContentType, 100).ToLowerInvariant();
            if (file.Content is not { Length: > 0 } content) { errors.Add($"{at}.content", "Is required."); continue; }
            if (type.Length > 0 && Refusal(type, content.Length) is { } refusal)
                errors.Add(content.Length > MaxBytes ? $"{at}.content" : $"{at}.contentType", $"{name}: {refusal}.");
            kept.Add(new CheckedFile(name, type, content));
        }
        return kept;
    }

    /// <summary>Why a file is refused, or null when it is kept.</summary>
    public static string? Refusal(string contentType, long size) =>
        !Allowed.Contains(contentType.ToLowerInvariant()) ? $"files of type {contentType} are not kept"
        : size > MaxBytes ? $"larger than {MaxBytes / 1024 / 1024} MB"
        : null;

    /// <summary>A file from a browser's form, read whole (the endpoint's request limit bounds it); none when nothing was chosen.</summary>
    public static async Task<IReadOnlyList<Email.FileInput>> FromFormAsync(Microsoft.AspNetCore.Http.IFormFile? file, CancellationToken ct)
    {
        if (file is not { Length: > 0 }) return [];
        using var content = new MemoryStream();
        await file.CopyToAsync(content, ct);
        return [new Email.FileInput(Path.GetFileName(file.FileName), file.ContentType, content.ToArray())];
    }

    /// <summary>Keeps checked files on a touchpoint (inside the caller's transaction, saved with its next save).</summary>
    public static IReadOnlyList<Attachment> Keep(FrontlineDb db, long touchpointId, IEnumerable<CheckedFile> files)
    {
        var kept = files.Select(f => new Attachment
        {
            TouchpointId = touchpointId, FileName = f.FileName, ContentType = f.ContentType, Size = f.Content.Length, Content = f.Content,
        }).ToList();
        db.Attachments.AddRange(kept);
        return kept;
    }
}
