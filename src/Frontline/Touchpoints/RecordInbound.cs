using System.Security.Claims;
using Frontline.Cases;
using Frontline.Customers;
using Frontline.Identity;

namespace Frontline.Touchpoints;

/// <summary>A message from outside, known only by its sender's address or number, and perhaps a case number.</summary>
public sealed record InboundInput(string? Email, string? Phone, string? Name, Channel? Channel, string? Body, string? CaseNumber, DateTime? OccurredAt);

public sealed record InboundResult(long CustomerId, bool CustomerCreated, TimelineEntry Touchpoint);

/// <summary>
/// Records a message on the right customer's timeline: matched by e-mail or phone, or a new customer; threaded to
/// its case when it names one (a reply from another address still lands on that case).
/// </summary>
public static class RecordInbound
{
    internal static async Task<Results<Created<InboundResult>, NotFound, ValidationProblem>> Handle(
        InboundInput input, ClaimsPrincipal user, FrontlineDb db, TimeProvider clock, CancellationToken ct) =>
        (await RunAsync(db, input, Actor.Of(user), clock.GetUtcNow().UtcDateTime, ct))
        .ToCreated(r => $"/api/v1/customers/{r.CustomerId}/timeline");

    public static async Task<Outcome<InboundResult>> RunAsync(FrontlineDb db, InboundInput input, Actor actor, DateTime now, CancellationToken ct)
    {
        var errors = new Errors();
        var email = string.IsNullOrWhiteSpace(input.Email) ? null : ContactPoints.NormalizeEmail(input.Email);
        if (input.Email is { Length: > 0 } && email is null) errors.Add("email", $"'{input.Email}' is not an e-mail address.");
        var phone = string.IsNullOrWhiteSpace(input.Phone) ? null : ContactPoints.NormalizePhone(input.Phone);
        if (input.Phone is { Length: > 0 } && phone is null) errors.Add("phone", $"'{input.Phone}' cannot be read as a phone number.");
        if (string.IsNullOrWhiteSpace(input.Email) && string.IsNullOrWhiteSpace(input.Phone)) errors.Add("email", "Give the sender's e-mail address or phone number.");
        var name = errors.Text("name", input.Name, 200, required: false);
        var channel = errors.Required("channel", input.Channel);
        errors.Known("channel", input.Channel);
        errors.Text("body", input.Body, Touchpoint.MaxBodyLength);
        var caseId = string.IsNullOrWhiteSpace(input.CaseNumber) ? null : Case.IdOf(input.CaseNumber);
        if (input.CaseNumber is { Length: > 0 } && (caseId is null || !await db.Cases.AnyAsync(c => c.Id == caseId, ct)))
            errors.Add("caseNumber", $"There is no case {input.CaseNumber}.");
        var occurredAt = errors.Instant("occurredAt", input.OccurredAt, DateTime.UnixEpoch, now.AddMinutes(5)) ?? now;
        if (errors.Any) return errors;

        return await db.InTransactionAsync(async () =>
        {
            var (sender, created) = await ContactMatch.FindOrCreateAsync(db, email, phone, name.Length > 0 ? name : null, now, ct);
            await db.SaveChangesAsync(ct);
            var customerId = caseId is { } id ? await db.Cases.Where(c => c.Id == id).Select(c => c.CustomerId).FirstAsync(ct) : sender.Id;
            var touchpoint = new Touchpoint
            {
                CustomerId = customerId, CaseId = caseId, Channel = channel, Direction = Direction.Inbound, OccurredAt = occurredAt, RecordedAt = now,
                Author = (sender.Name + (email is not null ? $" <{email}>" : $" ({phone})")).Fit(200), Body = input.Body!.Trim(),
            };
            db.Touchpoints.Add(touchpoint);
            await db.SaveChangesAsync(ct);
            return (Outcome<InboundResult>)new InboundResult(customerId, created, TimelineEntry.Of(touchpoint));
        }, ct);
    }

}
