using Frontline.Cases;
using Frontline.Touchpoints;

namespace Frontline.Portal;

public sealed record PortalCaseSummary(long Id, string Number, string Subject, CaseStatus Status, DateTime OpenedAt,
    DateTime UpdatedAt);

public sealed record PortalMessage(DateTime At, bool FromCustomer, string Author, Channel Channel, string Body,
    IReadOnlyList<Channels.AttachmentInfo>? Attachments = null);

/// <summary>A new case as the signed-in customer writes it: a topic, a subject and their words.</summary>
public sealed record PortalNewCase(long? CategoryId, string? Subject, string? Description);

/// <param name="TimeZone">The customer's zone: the portal shows times on their clock.</param>
public sealed record PortalCase(long Id, string Number, string Subject, CaseStatus Status, DateTime OpenedAt,
    bool ClosedWithoutConfirmation,
    IReadOnlyList<PortalMessage> Messages, string TimeZone = "UTC");

/// <summary>What a signed-in customer sees and does: their own cases, everything said with them (never the team's notes), a reply.</summary>
public static class CustomerPortal
{
    public static Task<List<PortalCaseSummary>> CasesAsync(FrontlineDb db, long customerId, CancellationToken ct) =>
        db.Cases.AsNoTracking().Where(c => c.CustomerId == customerId).OrderByDescending(c => c.UpdatedAt).ThenByDescending(c => c.Id).Take(100)
            .Select(c => new PortalCaseSummary(c.Id, Case.NumberOf(c.Id), c.Subject, c.Status, c.OpenedAt, c.UpdatedAt)).ToListAsync(ct);

    public static async Task<PortalCase?> CaseAsync(FrontlineDb db, long customerId, long caseId, CancellationToken ct)
    {
        var @case = await db.Cases.AsNoTracking()
            .FirstOrDefaultAsync(c => c.Id == caseId && c.CustomerId == customerId, ct);
        if (@case is null) return null;
        var rows = await db.Touchpoints.AsNoTracking()
            .Where(t => t.CaseId == caseId && t.Direction != Direction.Internal)
            .OrderBy(t => t.OccurredAt).ThenBy(t => t.Id)
            .Select(t => new { t.Id, t.OccurredAt, t.Direction, t.Author, t.Channel, t.Body })
            .ToListAsync(ct);
        var files = await Channels.Attachments.OfAsync(db, [.. rows.Select(r => r.Id)], ct);
        var messages = rows.Select(r => new PortalMessage(r.OccurredAt, r.Direction == Direction.Inbound,
            AuthorForCustomers.Of(r.Author),
            r.Channel, r.Body, [.. files[r.Id]])).ToList();
        var zone = await db.Customers.Where(c => c.Id == customerId).Select(c => c.TimeZone).FirstAsync(ct);
        return new PortalCase(@case.Id, Case.NumberOf(@case.Id), @case.Subject, @case.Status, @case.OpenedAt,
            @case.ClosedWithoutConfirmation, messages,
            zone);
    }

    /// <summary>The customer writes on an open case; on a resolved or closed one they confirm or reopen instead.</summary>
    public static async Task<Outcome<PortalMessage>> ReplyAsync(FrontlineDb db, long customerId, long caseId,
        string? text, DateTime now, CancellationToken ct,
        IReadOnlyList<Channels.Email.FileInput>? files = null)
    {
        var @case = await db.Cases.AsNoTracking().Where(c => c.Id == caseId && c.CustomerId == customerId)
            .Select(c => new { c.Status, Name = db.Customers.Where(x => x.Id == c.CustomerId).Select(x => x.Name).First() }).FirstOrDefaultAsync(ct);
        if (@case is null) return Outcome<PortalMessage>.NotFound();
        var errors = new Errors();
        var kept = Channels.AttachmentRules.Read(files, "attachment", errors);
        var body = errors.Text("message", text, 10_000, required: kept.Count == 0);
        if (@case.Status is CaseStatus.Resolved or CaseStatus.Closed) errors.Add("message",
            "This case is resolved: confirm it, or reopen it with your words.");
        if (errors.Any) return errors;
        var touchpoint = new Touchpoint
        {
            CustomerId = customerId, CaseId = caseId, Channel = Channel.Portal, Direction = Direction.Inbound, OccurredAt = now, RecordedAt = now,
            Author = @case.Name, Body = body,
        };
        return await db.InTransactionAsync(async () =>
        {
            db.RecordTouchpoint(Portal, now, touchpoint);
            await db.Cases.Where(c => c.Id == caseId).ExecuteUpdateAsync(s => s.SetProperty(c => c.UpdatedAt, now), ct);
            await db.SaveChangesAsync(ct);
            Channels.AttachmentRules.Keep(db, touchpoint.Id, kept);
            await db.SaveChangesAsync(ct);
            return (Outcome<PortalMessage>)new PortalMessage(now, true, touchpoint.Author, Channel.Portal, body);
        }, ct);
    }

    /// <summary>The signed-in customer opens a case of their own; it arrives on the portal channel, unassigned, like any other.</summary>
    public static async Task<Outcome<CaseView>> OpenCaseAsync(FrontlineDb db, long customerId, PortalNewCase input,
        DateTime now, CancellationToken ct,
        IReadOnlyList<Channels.Email.FileInput>? files = null)
    {
        // the customer's words are required here (an agent may open a case without them); everything is checked at once
        var errors = new Errors();
        errors.Required("categoryId", input.CategoryId);
        errors.Text("subject", input.Subject, 300);
        errors.Text("description", input.Description, Touchpoint.MaxBodyLength);
        var kept = Channels.AttachmentRules.Read(files, "attachment", errors);
        if (input.CategoryId is { } c && !await db.Categories.AnyAsync(x => x.Id == c && x.IsActive, ct))
            errors.Add("categoryId", "Choose one of the listed topics.");
        if (errors.Any) return errors;
        return await db.InTransactionAsync(async () =>
        {
            var opened = await OpenCase.OpenAsync(db,
                new OpenCaseRequest(customerId, input.CategoryId, input.Subject, input.Description,
                CasePriority.Normal, Channel.Portal, null, null, null, null), Portal, now, ct);
            if (opened.Value is { } view && kept.Count > 0)
            {
                // the files go with the customer's words
                var words = await db.Touchpoints.Where(t => t.CaseId == view.Id && t.Direction == Direction.Inbound)
                    .Select(t => t.Id).FirstAsync(ct);
                Channels.AttachmentRules.Keep(db, words, kept);
                await db.SaveChangesAsync(ct);
            }
            return opened;
        }, ct);
    }

    private static readonly Identity.Actor Portal = new(null, null, "Customer portal", Identity.Roles.Agent);
}
