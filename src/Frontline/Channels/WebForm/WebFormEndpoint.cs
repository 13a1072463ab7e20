using Frontline.Channels.Email;
using Microsoft.AspNetCore.Mvc;

namespace Frontline.Channels.WebForm;

/// <summary>The form's post: the answer is a page, so refusals go back to the form in words and success shows the reference.</summary>
public static class WebFormEndpoint
{
    public const string RateLimit = "web-form";
    public const long MaxRequestBytes = 12 * 1024 * 1024;

    internal static async Task<RedirectHttpResult> Handle(
        [FromForm] string? name, [FromForm] string? email, [FromForm] long? categoryId, [FromForm] string? subject, [FromForm] string? description,
        IFormFile? attachment, FrontlineDb db, MailOptions mail, TimeProvider clock, CancellationToken ct)
    {
        WebFormFile? file = null;
        if (attachment is { Length: > 0 })
        {
            using var content = new MemoryStream();
            await attachment.CopyToAsync(content, ct);
            file = new WebFormFile(Path.GetFileName(attachment.FileName), attachment.ContentType, content.ToArray());
        }
        var outcome = await SubmitWebForm.RunAsync(db, new WebFormInput(name, email, categoryId, subject, description),
            file, mail,
            clock.GetUtcNow().UtcDateTime, ct);
        // refused: back to the form with the reason and the short fields as they were (the page's script keeps the longer words)
        if (outcome.Value is not { } receipt)
            return TypedResults.LocalRedirect(FormAgain("/contact", outcome.Message, ("name", name), ("email", email), ("categoryId", categoryId?.ToString()), ("subject", subject)));
        return TypedResults.LocalRedirect($"/contact?reference={receipt.Reference}");
    }

    /// <summary>A form's own address with the reason it was refused and the short fields the customer filled in.</summary>
    public static string FormAgain(string page, string error, params (string Name, string? Value)[] fields) =>
        page + QueryString.Create([KeyValuePair.Create("error", (string?)error),
            .. fields.Where(f => !string.IsNullOrWhiteSpace(f.Value)).Select(f => KeyValuePair.Create(f.Name, (string?)f.Value!.Trim()[..Math.Min(f.Value.Trim().Length, 300)]))]);
}
