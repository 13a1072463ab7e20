using Frontline.Cases;
using Frontline.Channels.Email;
using Frontline.Customers;
using Frontline.Identity;
using Frontline.Touchpoints;

namespace Frontline.Channels.WebForm;

public sealed record WebFormInput(string? Name, string? Email, long? CategoryId, string? Subject, string? Description);

/// <summary>A file sent with the form, already read.</summary>
public sealed record WebFormFile(string FileName, string ContentType, byte[] Content);

/// <summary>What the customer is told: their case's reference, or what to correct.</summary>
public sealed record WebFormReceipt(string Reference, long CaseId, long OutboxId);

/// <summary>
/// The public form: a customer opens a case without signing in. They are matched by e-mail (or become a customer),
/// their words and file go on the case, and a confirmation with the reference leaves by e-mail.
/// </summary>
public static class SubmitWebForm
{
    private static readonly Actor WebForm = new(null, null, "Web form", Roles.Agent);

    public static async Task<Outcome<WebFormReceipt>> RunAsync(FrontlineDb db, WebFormInput input, WebFormFile? file,
        MailOptions mail, DateTime now,
        CancellationToken ct)
    {
        var errors = new Errors();
        var name = errors.Text("name", input.Name, 200);
        var email = ContactPoints.NormalizeEmail(input.Email);
        if (email is null) errors.Add("email", "Give an e-mail address we can answer to.");
        var subject = errors.Text("subject", input.Subject, 300);
        var description = errors.Text("description", input.Description, 10_000);
        var categoryId = errors.Required("categoryId", input.CategoryId);
        if (input.CategoryId is not null && !await db.Categories.AnyAsync(c => c.Id == categoryId && c.IsActive, ct))
            errors.Add("categoryId", "Choose one of the listed topics.");
        if (file is not null)
        {
            errors.Text("attachment", file.FileName, 255);
            errors.Text("attachment", file.ContentType, 100);
        }
        if (file is not null && AttachmentRules.Refusal(file.ContentType, file.Content.Length) is { } refusal)
            errors.Add("attachment", $"{file.FileName}: {refusal}.");
        if (errors.Any) return errors;

        return await db.InTransactionAsync(async () =>
        {
            var (customer, _) = await ContactMatch.FindOrCreateAsync(db, email, null, name, WebForm, now, ct);
            await db.SaveChangesAsync(ct);
            var opened = await OpenCase.OpenAsync(db,
                new OpenCaseRequest(customer.Id, categoryId, subject, description, CasePriority.Normal,
                Channel.WebForm, null, null, null, null), WebForm, now, ct);
            var @case = opened.Value!;
            if (file is not null)
            {
                var words = await db.Touchpoints.Where(t => t.CaseId == @case.Id && t.Direction == Direction.Inbound)
                    .Select(t => t.Id).FirstAsync(ct);
                db.Attachments.Add(new Attachment
                {
                    TouchpointId = words, FileName = file.FileName, ContentType = file.ContentType.ToLowerInvariant(), Size = file.Content.Length,
                    Content = file.Content,
                });
            }
            var confirmation = $"Dear {name},\n\nwe have your request \"{subject}\". Its reference is {@case.Number}: quote it and you will reach the same case on any channel.";
            var touchpoint = CaseTouch.Of(customer.Id, @case.Id, Channel.Email, WebForm, now, confirmation,
                Direction.Outbound);
            var outgoing = await OutboundEmail.QueueAsync(db, mail, WebForm, touchpoint, email!,
                $"Your request {subject} [{@case.Number}]", null, null, now, ct);
            return (Outcome<WebFormReceipt>)new WebFormReceipt(@case.Number, @case.Id, outgoing.Id);
        }, ct);
    }
}
