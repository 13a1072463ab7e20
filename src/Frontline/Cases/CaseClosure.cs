using Frontline.Channels.Email;
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
    private static readonly Actor Frontline = new(null, null, "Frontline", Roles.Agent);

    /// <summary>Asks the customer of a case that has just been resolved; inside the caller's transaction.</summary>
    public static async Task AskToConfirmAsync(FrontlineDb db, Case @case, MailOptions mail, PublicLinks links, DateTime now, CancellationToken ct)
    {
        const string question = "We believe your request is solved. Is it? Confirm, or tell us what is still wrong and we reopen it.";
        var chatOpen = @case.Channel == Channel.Chat && await Channels.Chat.Chats.IsOpenAsync(db, @case.Id, ct);
        if (chatOpen)
        {
            var ask = CaseTouch.Of(@case.CustomerId, @case.Id, Channel.Chat, Frontline, now, question, Direction.Outbound);
            ask.Outcome = AskOutcome;
            db.Touchpoints.Add(ask);
            return;
        }
        var address = await db.CustomerEmails.Where(e => e.CustomerId == @case.CustomerId).OrderByDescending(e => e.IsPrimary).ThenBy(e => e.Id)
            .Select(e => e.Address).FirstOrDefaultAsync(ct);
        if (address is null) return; // the portal still shows the button
        var link = PortalLinks.ForCase(db, @case.CustomerId, @case.Id, links, now);
        var touchpoint = CaseTouch.Of(@case.CustomerId, @case.Id, Channel.Email, Frontline, now, question, Direction.Outbound);
        touchpoint.Outcome = AskOutcome;
        await OutboundEmail.QueueAsync(db, mail, touchpoint, address, $"Is it solved? {@case.Subject} [{Case.NumberOf(@case.Id)}]", null, null, now, ct,
            $"{question}\n\nConfirm or reopen here: {link}");
    }

    /// <summary>The customer says it is solved: the case closes, confirmed.</summary>
    public static async Task<Outcome<CaseView>> ConfirmAsync(FrontlineDb db, long caseId, long customerId, Channel channel, DateTime now, CancellationToken ct)
    {
        var @case = await db.Cases.FirstOrDefaultAsync(c => c.Id == caseId && c.CustomerId == customerId, ct);
        if (@case is null) return Outcome<CaseView>.NotFound();
        if (@case.Status != CaseStatus.Resolved) return Refuse("case", "This case is not waiting for your confirmation.");
        @case.ChangeStatus(CaseStatus.Closed, now);
        @case.ConfirmedAt = now;
        db.Touchpoints.Add(await FromCustomerAsync(db, @case, channel, now, "The customer confirmed it is solved.", ct));
        await db.SaveChangesAsync(ct);
        return (await CaseView.LoadAsync(db, caseId, ct))!;
    }

    /// <summary>The customer says it is not solved: the case opens again and the reopen is counted.</summary>
    public static async Task<Outcome<CaseView>> ReopenAsync(FrontlineDb db, long caseId, long customerId, Channel channel, string? reason, DateTime now,
        CancellationToken ct)
    {
        var @case = await db.Cases.FirstOrDefaultAsync(c => c.Id == caseId && c.CustomerId == customerId, ct);
        if (@case is null) return Outcome<CaseView>.NotFound();
        var errors = new Errors();
        var why = errors.Text("reason", reason, 4_000, required: false);
        if (@case.Status is not (CaseStatus.Resolved or CaseStatus.Closed)) errors.Add("case", "This case is still open: write to us on it instead.");
        if (errors.Any) return errors;
        @case.ChangeStatus(CaseStatus.Open, now);
        (@case.ConfirmedAt, @case.ClosedWithoutConfirmation) = (null, false);
        @case.Reopens++;
        db.Touchpoints.Add(await FromCustomerAsync(db, @case, channel, now,
            "The customer reopened the case" + (why.Length > 0 ? $": {why}" : "."), ct));
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
                db.Touchpoints.Add(CaseTouch.Of(c.CustomerId, c.Id, c.Channel, Frontline, now,
                    $"Closed without confirmation: no answer {days} days after it was resolved."));
                await db.SaveChangesAsync(ct);
                return 1;
            }, ct);
        }
        return closed;
    }

    private static async Task<Touchpoint> FromCustomerAsync(FrontlineDb db, Case @case, Channel channel, DateTime now, string body,
        CancellationToken ct) => new()
    {
        CustomerId = @case.CustomerId, CaseId = @case.Id, Channel = channel, Direction = Direction.Inbound, OccurredAt = now, RecordedAt = now,
        Author = await db.Customers.Where(c => c.Id == @case.CustomerId).Select(c => c.Name).FirstAsync(ct), Body = body,
    };

    private static Outcome<CaseView> Refuse(string field, string message)
    {
        var errors = new Errors();
        errors.Add(field, message);
        return errors;
    }
}
