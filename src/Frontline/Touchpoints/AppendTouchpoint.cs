using System.Security.Claims;
using Frontline.Cases;
using Frontline.Events;
using Frontline.Identity;

namespace Frontline.Touchpoints;

/// <param name="Quote">A price-list code to quote, at today's price.</param>
/// <param name="ArticleId">A knowledge-base article to insert.</param>
/// <param name="DurationSeconds">How long a call or a visit took.</param>
/// <param name="Author">Refused when given: the author is the customer if inbound, else the caller.</param>
/// <param name="Outcome">How it ended.</param>
/// <param name="Score">On feedback: 0 (would not recommend us) to 10.</param>
/// <param name="CaseId">Recorded on a customer: one of their open or pending cases it belongs to, if any.</param>
public sealed record TouchpointInput(Channel? Channel, Direction? Direction, DateTime? OccurredAt, string? Author,
    string? Body,
    string? Quote = null, long? ArticleId = null, int? DurationSeconds = null, string? Outcome = null, int? Score = null,
    long? CaseId = null);

/// <summary>Adds one interaction to a customer's timeline, or to a case (and so to its customer's).</summary>
public static class AppendTouchpoint
{
    internal static async Task<Results<Created<TimelineEntry>, NotFound, ValidationProblem, ProblemHttpResult>> ToCustomer(
        long id, TouchpointInput input, ClaimsPrincipal user, FrontlineDb db, TimeProvider clock, CancellationToken ct) =>
        (await ToCustomerAsync(db, id, input, Actor.Of(user), clock.GetUtcNow().UtcDateTime, ct)).ToCreated(Location);

    internal static async Task<Results<Created<TimelineEntry>, NotFound, ValidationProblem, ProblemHttpResult>> ToCase(
        long id, TouchpointInput input, ClaimsPrincipal user, FrontlineDb db, TimeProvider clock, CancellationToken ct) =>
        (await ToCaseAsync(db, id, input, Actor.Of(user), clock.GetUtcNow().UtcDateTime, ct)).ToCreated(Location);

    public static async Task<Outcome<TimelineEntry>> ToCustomerAsync(FrontlineDb db, long id, TouchpointInput input,
        Actor actor, DateTime now, CancellationToken ct)
    {
        var customer = await db.Customers.Where(c => c.Id == id).Select(c => new { c.Id, c.Name })
            .FirstOrDefaultAsync(ct);
        if (customer is null) return Outcome<TimelineEntry>.NotFound();
        // a call logged on the customer that belongs to one of their open cases lands on that case's timeline too
        if (input.CaseId is { } caseId && !await db.Cases.AnyAsync(c => c.Id == caseId && c.CustomerId == customer.Id
                && (c.Status == CaseStatus.Open || c.Status == CaseStatus.Pending), ct))
        {
            var errors = new Errors();
            errors.Add("caseId", "Must be one of this customer's open or pending cases.");
            return errors;
        }
        return await AppendAsync(customer.Id, customer.Name, input.CaseId, input, actor, db, now, ct);
    }

    public static async Task<Outcome<TimelineEntry>> ToCaseAsync(FrontlineDb db, long id, TouchpointInput input,
        Actor actor, DateTime now, CancellationToken ct)
    {
        var target = await db.Cases.Where(c => c.Id == id)
            .Select(c => new { CaseId = c.Id, c.CustomerId, Name = db.Customers.Where(x => x.Id == c.CustomerId).Select(x => x.Name).First() })
            .FirstOrDefaultAsync(ct);
        if (target is null) return Outcome<TimelineEntry>.NotFound();
        if (input.CaseId is { } other && other != id)
        {
            var errors = new Errors();
            errors.Add("caseId", "Is the case in the address; leave it out or give the same.");
            return errors;
        }
        return await AppendAsync(target.CustomerId, target.Name, target.CaseId, input, actor, db, now, ct);
    }

    /// <summary>How far ahead of the server's clock a caller's clock may run.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>How far back anyone may date what they record; older is history only a manager imports.</summary>
    public static readonly TimeSpan BackdateWindow = TimeSpan.FromHours(24);

    private static DateTime EarliestFor(Actor actor, DateTime now) =>
        actor.Role is Roles.Manager or Roles.Admin || !actor.IsPerson ? DateTime.UnixEpoch : now - BackdateWindow;

    // a person answering on a channel where the customer reads it here (the chat, the portal); an e-mail recorded
    // here was sent elsewhere, and replies by e-mail go through ReplyByEmail
    private static bool IsReply(Channel channel, Direction direction, Actor actor) =>
        direction == Direction.Outbound && actor.IsPerson && channel is Channel.Chat or Channel.Portal;

    private static string Location(TimelineEntry entry) =>
        entry.CaseId is { } caseId ? $"/api/v1/cases/{caseId}/timeline" : $"/api/v1/customers/{entry.CustomerId}/timeline";

    private static async Task<Outcome<TimelineEntry>> AppendAsync(
        long customerId, string customerName, long? caseId, TouchpointInput input, Actor actor, FrontlineDb db, DateTime now, CancellationToken ct)
    {
        var errors = new Errors();
        var channel = errors.Required("channel", input.Channel);
        errors.Known("channel", input.Channel);
        var direction = errors.Required("direction", input.Direction);
        errors.Known("direction", input.Direction);
        var inserts = await Inserts.ReadAsync(db, input.Quote, input.ArticleId, customerId, now, errors, ct);
        var body = errors.Text("body", input.Body, Touchpoint.MaxBodyLength, required: inserts.Text.Length == 0);
        if (!string.IsNullOrWhiteSpace(input.Author))
            errors.Add("author", "Is set by Frontline: the customer if inbound, else whoever records it.");
        var outcome = errors.Text("outcome", input.Outcome, 200, required: false);
        if (input.DurationSeconds is < 0 or > 86_400) errors.Add("durationSeconds",
            "Must be between 0 and 86,400 (a day).");
        if (input.Score is < 0 or > 10) errors.Add("score", "Must be between 0 and 10.");
        if (input.Score is not null && input.Channel != Channel.Feedback) errors.Add("score",
            "Only feedback has a score.");
        var earliest = EarliestFor(actor, now);
        var occurredAt = errors.Instant("occurredAt", input.OccurredAt, earliest, now + ClockSkew) ?? now;
        if (errors.Any) return errors;

        var touchpoint = new Touchpoint
        {
            CustomerId = customerId, CaseId = caseId, Channel = channel, Direction = direction, OccurredAt = occurredAt, RecordedAt = now,
            Author = direction == Direction.Inbound ? customerName : actor.Name,
            AuthorAgentId = direction == Direction.Inbound ? null : actor.AgentId, Body = (body + inserts.Text).Trim(), QuotedPriceItemId = inserts.Price?.Id,
            QuotedAmount = inserts.Price?.Amount, QuotedCurrency = inserts.Price?.Currency, ArticleId = inserts.ArticleId,
            DurationSeconds = input.DurationSeconds, Outcome = outcome.Length > 0 ? outcome : null, Score = input.Score,
        };
        return await db.InTransactionAsync(async () =>
        {
            db.RecordTouchpoint(actor, now, touchpoint);
            if (caseId is { } id) await db.Cases.Where(x => x.Id == id)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.UpdatedAt, now), ct);
            if (caseId is { } answered && direction == Direction.Outbound && actor.IsPerson)
                await Queues.Sla.MarkFirstResponseAsync(db, answered, occurredAt, ct);
            await db.SaveChangesAsync(ct);
            if (caseId is { } answeredCase && IsReply(channel, direction, actor))
            {
                db.Publish(actor, now, new ReplySent(touchpoint.Id, answeredCase, customerId, channel, actor.AgentId));
                await db.SaveChangesAsync(ct);
            }
            return TimelineEntry.Of(touchpoint);
        }, ct);
    }
}
