using MimeKit;

namespace Frontline.Channels.Email;

/// <summary>
/// The parts of an inbound e-mail that are stored as text, cleaned of what no column may hold (U+0000 and other
/// control characters) and cut to their columns; <see cref="Cleaned"/> says the raw message must be kept beside them.
/// </summary>
internal sealed record Readable(string? Subject, string? Text, string? Html, string? Name, bool Cleaned)
{
    public const string OriginalFileName = "original-message.eml";

    public static Readable Of(MimeMessage message, MailboxAddress sender)
    {
        var cleaned = false;
        string? Clean(string? value)
        {
            if (value is null) return null;
            var clean = TextRules.Clean(value);
            cleaned |= !ReferenceEquals(clean, value);
            return clean;
        }
        var name = Clean(sender.Name)?.Trim();
        if (name is { Length: > 200 }) (name, cleaned) = (name.Fit(200), true);
        var subject = Clean(message.Subject);
        var text = Clean(message.TextBody);
        var html = Clean(message.HtmlBody);
        return new(subject, text, html, name is { Length: > 0 } ? name : null, cleaned);
    }

    public static Attachment Original(long touchpointId, byte[] raw) => new()
    {
        TouchpointId = touchpointId, FileName = OriginalFileName, ContentType = "message/rfc822", Size = raw.Length,
        Content = raw,
    };
}
