using Frontline.Channels.Email;
using Frontline.Channels.Outbound;
using Frontline.Events;
using Frontline.Identity;
using Frontline.Portal;
using Frontline.Touchpoints;

namespace Frontline.Cases;

/// <summary>
/// Closing with the customer: a resolved case asks them to confirm (in the chat for chat cases, else by e-mail with
/// a link to the portal, where a button waits too); it closes when they confirm, or after
/// <c>Frontline:Closure:DaysToConfirm</c> days without an answer ("closed without confirmation"). The customer may
/// reopen it; every reopen counts as a repeat contact.
/// </summary>
public static class CaseClosure
{
    /// <summary>Marks the chat line that asks, so the widget shows the two answers as buttons.</summary>
    public const string AskOutcome = "asked to confirm";
    public const int DefaultDaysToConfirm = 7;
    /// <summary>How long an agent may undo a resolution before the customer is asked.</summary>
    public const int DefaultUndoSeconds = 10;

    /// <summary>
    /// The moment to undo a resolution: <c>Frontline:Closure:UndoSeconds</c>, ten seconds unless set.
    /// </summary>
    public static TimeSpan UndoWindow(IConfiguration configuration) =>
        TimeSpan.FromSeconds(Math.Max(0, configuration.GetValue("Frontline:Closure:UndoSeconds", DefaultUndoSeconds)));

    /// <summary>Whether the customer of the case has been asked to confirm since <paramref name="since"/>.</summary>
    public static Task<bool> AskedSinceAsync(FrontlineDb db, long caseId, DateTime since, CancellationToken ct) =>
        db.Touchpoints.AnyAsync(t => t.CaseId == caseId && t.Outcome == AskOutcome && t.RecordedAt >= since, ct);

    /// <summary>Asks the customer of a case that has just been resolved, on their channel (the portal shows the buttons too).</summary>
    public static async Task AskToConfirmAsync(FrontlineDb db, Case @case, MailOptions mail, PublicLinks links,
        DateTime now, CancellationToken ct)
    {
        const string question = "We believe your request is solved. Is it? Confirm, or tell us what is still wrong and we reopen it.";
        await CustomerMessenger.SendAsync(db, mail, CaseTouch.Frontline, now,
            new CustomerMessage(@case.CustomerId, @case.Id, @case.Channel, question, $"Is it solved? {@case.Subject} [{Case.NumberOf(@case.Id)}]")
            {
                Outcome = AskOutcome,
                MailBody = () => $"{question}\n\nConfirm or reopen here: {PortalLinks.ForCase(db, @case.CustomerId, @case.Id, links, now)}",
            }, ct);
    }

    /// <summary>The customer says it is solved: the case closes, confirmed.</summary>
    public static async Task<Outcome<CaseView>> ConfirmAsync(FrontlineDb db, long caseId, long customerId,
        Channel channel, DateTime now, CancellationToken ct)
    {
        var @case = await db.Cases.FirstOrDefaultAsync(c => c.Id == caseId && c.CustomerId == customerId, ct);
        if (@case is null) return Outcome<CaseView>.NotFound();
        if (@case.Status != CaseStatus.Resolved) return Refuse("case",
            "This case is not waiting for your confirmation.");
        @case.ChangeStatus(CaseStatus.Closed, now);
        @case.ConfirmedAt = now;
        var customer = await CustomerAsync(db, @case, ct);
        db.RecordTouchpoint(customer, now,
            FromCustomer(@case, customer, channel, now, "The customer confirmed it is solved."));
        db.Publish(customer, now,
            new CaseStatusChanged(@case.Id, @case.CustomerId, CaseStatus.Resolved, CaseStatus.Closed));
        await db.SaveChangesAsync(ct);
        return (await CaseView.LoadAsync(db, caseId, ct))!;
    }

    /// <summary>The customer says it is not solved: the case opens again and the reopen is counted.</summary>
    public static async Task<Outcome<CaseView>> ReopenAsync(FrontlineDb db, long caseId, long customerId,
        Channel channel, string? reason, DateTime now,
        CancellationToken ct)
    {
        var @case = await db.Cases.FirstOrDefaultAsync(c => c.Id == caseId && c.CustomerId == customerId, ct);
        if (@case is null) return Outcome<CaseView>.NotFound();
        var errors = new Errors();
        var why = errors.Text("reason", reason, 4_000, required: false);
        if (@case.Status is not (CaseStatus.Resolved or CaseStatus.Closed)) errors.Add("case",
            "This case is still open: write to us on it instead.");
        if (errors.Any) return errors;
        var before = @case.Status;
        @case.ChangeStatus(CaseStatus.Open, now);
        (@case.ConfirmedAt, @case.ClosedWithoutConfirmation) = (null, false);
        @case.Reopens++;
        var customer = await CustomerAsync(db, @case, ct);
        db.RecordTouchpoint(customer, now, FromCustomer(@case, customer, channel, now,
            "The customer reopened the case" + (why.Length > 0 ? $": {why}" : ".")));
        db.Publish(customer, now, new CaseStatusChanged(@case.Id, @case.CustomerId, before, CaseStatus.Open));
        await db.SaveChangesAsync(ct);
        return (await CaseView.LoadAsync(db, caseId, ct))!;
    }

    /// <summary>Closes the cases resolved longer than <paramref name="days"/> ago without an answer; safe on several nodes.</summary>
    public static async Task<int> CloseUnconfirmedAsync(FrontlineDb db, int days, DateTime now, CancellationToken ct)
    {
        var before = now.AddDays(-days);
        var due = await db.Cases.AsNoTracking().Where(c => c.Status == CaseStatus.Resolved && c.ResolvedAt < before)
            .OrderBy(c => c.ResolvedAt).Select(c => new { c.Id, c.CustomerId, c.Channel }).Take(500).ToListAsync(ct);
        var closed = 0;
        foreach (var c in due)
        {
            closed += await db.InTransactionAsync(async () =>
            {
                var changed = await db.Cases.Where(x => x.Id == c.Id && x.Status == CaseStatus.Resolved)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, CaseStatus.Closed).SetProperty(x => x.ClosedAt, now)
                        .SetProperty(x => x.ClosedWithoutConfirmation, true).SetProperty(x => x.UpdatedAt, now), ct);
                if (changed == 0) return 0; // another node got there first
                db.RecordTouchpoint(CaseTouch.Frontline, now, CaseTouch.Of(c.CustomerId, c.Id, c.Channel, CaseTouch.Frontline, now,
                    $"Closed without confirmation: no answer {days} days after it was resolved."));
                db.Publish(CaseTouch.Frontline, now,
                    new CaseStatusChanged(c.Id, c.CustomerId, CaseStatus.Resolved, CaseStatus.Closed));
                await db.SaveChangesAsync(ct);
                return 1;
            }, ct);
        }
        return closed;
    }

    // the customer acts for themselves: their name is the author and the event's actor
    private static async Task<Actor> CustomerAsync(FrontlineDb db, Case @case, CancellationToken ct) =>
        new(null, null, await db.Customers.Where(c => c.Id == @case.CustomerId).Select(c => c.Name).FirstAsync(ct), "");

    private static Touchpoint FromCustomer(Case @case, Actor customer, Channel channel, DateTime now,
        string body) => new()
        {
            CustomerId = @case.CustomerId, CaseId = @case.Id, Channel = channel, Direction = Direction.Inbound, OccurredAt = now, RecordedAt = now,
            Author = customer.Name, Body = body,
        };

    private static Outcome<CaseView> Refuse(string field, string message)
    {
        var errors = new Errors();
        errors.Add(field, message);
        return errors;
    }
}
