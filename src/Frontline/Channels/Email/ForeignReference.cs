using Frontline.Cases;
using Frontline.Customers;
using Frontline.Identity;
using Frontline.Touchpoints;

namespace Frontline.Channels.Email;

/// <summary>The case an inbound message names, by a reference in its headers or a case number in its subject.</summary>
internal sealed record NamedCase(long CaseId, long CustomerId, long CategoryId, bool ByReference);

/// <summary>
/// A message that names another customer's case (a stranger who typed a case number, or answered a forwarded
/// mail): it never joins that case, so nothing of it (words, files) reaches that customer's case or portal, and
/// nothing of that case reaches the sender. It opens a case of the sender's own, filed under the named case's
/// category, with a note for the team only.
/// </summary>
internal static class ForeignReference
{
    internal static Actor Mailbox => InboundEmail.Mailbox;

    public static async Task<long> OpenOwnCaseAsync(FrontlineDb db, Customer sender, NamedCase named, string? subject,
        DateTime now,
        CancellationToken ct)
    {
        var title = string.IsNullOrWhiteSpace(subject) ? "E-mail" : subject.Trim().ReplaceLineEndings(" ");
        var request = new OpenCaseRequest(sender.Id, named.CategoryId,
            title.Length <= 300 ? title : title[..297] + "...", null,
            CasePriority.Normal, Channel.Email, null, null, null, null);
        var opened = await OpenCase.OpenAsync(db, request, Mailbox, now, ct);
        // the named case's category may have been retired since: file it under any active one
        if (opened.Value is null)
            opened = await OpenCase.OpenAsync(db, request with { CategoryId = await AnyCategoryAsync(db, ct) }, Mailbox, now, ct);
        var @case = opened.Value ?? throw new InvalidOperationException($"No case could be opened: {opened.Message}");
        db.RecordTouchpoint(Mailbox, now, CaseTouch.Of(sender.Id, @case.Id, Channel.Email, Mailbox, now,
            ForeignCaseNote.Of("This e-mail", named.CaseId, named.ByReference)));
        await db.SaveChangesAsync(ct);
        return @case.Id;
    }

    private static Task<long> AnyCategoryAsync(FrontlineDb db, CancellationToken ct) =>
        db.Categories.Where(c => c.IsActive).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync(ct);
}
