using System.Security.Claims;
using Frontline.Events;
using Frontline.Identity;
using Frontline.Channels.Email;

namespace Frontline.Channels.Outbound;

/// <summary>
/// One message to a customer as the outbox holds it. <c>Status</c> is queued, sending, sent or failed; a failed one
/// says why. The body is shown whole: without a mail server (the demo) an admin follows a portal link from here.
/// </summary>
public sealed record OutboxMessageView(long Id, string To, string Subject, string Body, string Status, int Attempts,
    string? LastError, DateTime CreatedAt, DateTime? SentAt, long CustomerId, long? CaseId);

/// <summary>An admin reads every message to a customer with its state, and sends a failed one again.</summary>
public static class OutboxMessages
{
    internal static async Task<Results<Ok<Page<OutboxMessageView>>, ValidationProblem>> List(string? status,
        int? page, int? pageSize, FrontlineDb db, CancellationToken ct)
    {
        var errors = new Errors();
        var (number, size) = Paging.Read(page, pageSize, errors);
        var (filter, known) = StatusOf(status);
        if (!known) errors.Add("status", "Must be queued, sending, sent or failed.");
        if (errors.Any) return errors.Problem();
        return TypedResults.Ok(await ListAsync(db, filter, number, size, ct));
    }

    /// <summary>The newest messages first, of one state when <paramref name="status"/> is given.</summary>
    public static async Task<Page<OutboxMessageView>> ListAsync(FrontlineDb db, DeliveryStatus? status, int page,
        int size, CancellationToken ct)
    {
        var rows = await Rows(db, db.OutboundEmails.Where(m => status == null || m.Status == status)
            .OrderByDescending(m => m.Id)).ToPageAsync(page, size, ct);
        return new Page<OutboxMessageView>(rows.Items.Select(View).ToList(), rows.PageNumber, rows.PageSize,
            rows.HasMore);
    }

    internal static async Task<Results<Ok<OutboxMessageView>, NotFound, ValidationProblem, ProblemHttpResult>> Retry(
        long id, ClaimsPrincipal user, FrontlineDb db, MailOutbox outbox, TimeProvider clock, CancellationToken ct) =>
        (await RetryAsync(db, outbox, id, Actor.Of(user), clock.GetUtcNow().UtcDateTime, ct)).ToOk();

    /// <summary>
    /// Puts a failed message back in the queue with fresh attempts and sends it at once. Only a failed message goes
    /// back, by one conditional update, so two admins pressing retry send it once.
    /// </summary>
    public static async Task<Outcome<OutboxMessageView>> RetryAsync(FrontlineDb db, MailOutbox outbox, long id,
        Actor actor, DateTime now, CancellationToken ct)
    {
        var requeued = await db.InTransactionAsync(async () =>
        {
            var changed = await db.OutboundEmails.Where(m => m.Id == id && m.Status == DeliveryStatus.Failed)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, DeliveryStatus.Queued)
                    .SetProperty(m => m.Attempts, 0), ct);
            if (changed == 0) return 0;
            var row = await Rows(db, db.OutboundEmails.Where(m => m.Id == id)).FirstAsync(ct);
            db.Publish(actor, now, new EmailRetried(id, row.Mail.TouchpointId, row.CustomerId, row.CaseId));
            return changed + await db.SaveChangesAsync(ct);
        }, ct);
        if (requeued == 0)
        {
            var current = await db.OutboundEmails.Where(m => m.Id == id).Select(m => (DeliveryStatus?)m.Status)
                .FirstOrDefaultAsync(ct);
            if (current is null) return Outcome<OutboxMessageView>.NotFound();
            var errors = new Errors();
            errors.Add("status", $"Only a failed message is sent again; this one is {current.Value.ToString().ToLowerInvariant()}.");
            return errors;
        }
        await outbox.DeliverAsync(id, ct);
        return View(await Rows(db, db.OutboundEmails.Where(m => m.Id == id)).FirstAsync(ct));
    }

    private static (DeliveryStatus? Status, bool Known) StatusOf(string? status) =>
        string.IsNullOrWhiteSpace(status) ? (null, true)
        : Enum.TryParse<DeliveryStatus>(status, ignoreCase: true, out var s) && Enum.IsDefined(s) ? (s, true)
        : (null, false);

    private sealed record Row(OutboundEmail Mail, long CustomerId, long? CaseId);

    private static IQueryable<Row> Rows(FrontlineDb db, IQueryable<OutboundEmail> mails) =>
        mails.AsNoTracking().Join(db.Touchpoints, m => m.TouchpointId, t => t.Id,
            (m, t) => new Row(m, t.CustomerId, t.CaseId));

    private static OutboxMessageView View(Row r) => new(r.Mail.Id, r.Mail.To, r.Mail.Subject, r.Mail.Body,
        r.Mail.Status.ToString().ToLowerInvariant(), r.Mail.Attempts, r.Mail.LastError, r.Mail.CreatedAt,
        r.Mail.SentAt, r.CustomerId, r.CaseId);
}
