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
        IFormFile? attachment, FrontlineDb db, MailOutbox outbox, MailOptions mail, TimeProvider clock, CancellationToken ct)
    {
        WebFormFile? file = null;
        if (attachment is { Length: > 0 })
        {
            using var content = new MemoryStream();
            await attachment.CopyToAsync(content, ct);
            file = new WebFormFile(Path.GetFileName(attachment.FileName), attachment.ContentType, content.ToArray());
        }
        var outcome = await SubmitWebForm.RunAsync(db, new WebFormInput(name, email, categoryId, subject, description), file, mail,
            clock.GetUtcNow().UtcDateTime, ct);
        if (outcome.Value is not { } receipt) return TypedResults.LocalRedirect($"/contact?error={Uri.EscapeDataString(outcome.Message)}");
        await outbox.DeliverAsync(receipt.OutboxId, ct);
        return TypedResults.LocalRedirect($"/contact?reference={receipt.Reference}");
    }
}
