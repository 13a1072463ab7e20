using System.Security.Claims;
using Frontline.Cases;
using Frontline.Customers;
using Frontline.Identity;

namespace Frontline.Touchpoints;

/// <summary>
/// A message from outside, known only by its sender's address or number. <paramref name="CaseNumber"/> continues
/// that case; <paramref name="CategoryId"/> opens a new one (with <paramref name="Subject"/>, else the first words).
/// </summary>
public sealed record InboundInput(
    string? Email, string? Phone, string? Name, Channel? Channel, string? Body, string? CaseNumber, DateTime? OccurredAt,
    long? CategoryId = null, string? Subject = null);

/// <summary>Where the message landed: the customer, and the case it continued or opened (none when it named neither).</summary>
public sealed record InboundResult(long CustomerId, bool CustomerCreated, TimelineEntry Touchpoint,
    string? CaseNumber = null,
    bool CaseOpened = false);

/// <summary>
/// Records a message on the right customer's timeline: matched by e-mail or phone, or a new customer. It continues
/// the case it names only when the sender is that case's customer: a reference is a claim, and a stranger naming
/// another customer's case gets a case of their own (with a note for the agent), never a line on the other's.
/// Named with a category, it opens a case, so the complaint gets an owner's queue and a due time.
/// </summary>
public static class RecordInbound
{
    internal static async Task<Results<Created<InboundResult>, NotFound, ValidationProblem, ProblemHttpResult>> Handle(
        InboundInput input, ClaimsPrincipal user, FrontlineDb db, TimeProvider clock, PhoneRegion region,
        CancellationToken ct) =>
        (await RunAsync(db, input, Actor.Of(user), clock.GetUtcNow().UtcDateTime, ct, region))
        .ToCreated(r => $"/api/v1/customers/{r.CustomerId}/timeline");

    public static async Task<Outcome<InboundResult>> RunAsync(FrontlineDb db, InboundInput input, Actor actor,
        DateTime now,
        CancellationToken ct, PhoneRegion? region = null)
    {
        var errors = new Errors();
        var email = string.IsNullOrWhiteSpace(input.Email) ? null : ContactPoints.NormalizeEmail(input.Email);
        if (input.Email is { Length: > 0 } && email is null) errors.Add("email",
            $"'{input.Email}' is not an e-mail address.");
        var phone = string.IsNullOrWhiteSpace(input.Phone) ? null : ContactPoints.NormalizePhone(input.Phone, region);
        if (input.Phone is { Length: > 0 } && phone is null) errors.Add("phone",
            $"'{input.Phone}' cannot be read as a phone number.");
        if (string.IsNullOrWhiteSpace(input.Email) && string.IsNullOrWhiteSpace(input.Phone)) errors.Add("email",
            "Give the sender's e-mail address or phone number.");
        var name = errors.Text("name", input.Name, 200, required: false);
        var channel = errors.Required("channel", input.Channel);
        errors.Known("channel", input.Channel);
        var body = errors.Text("body", input.Body, Touchpoint.MaxBodyLength);
        var subject = errors.Text("subject", input.Subject, 300, required: false);
        var named = await NamedCaseAsync(db, input.CaseNumber, errors, ct);
        if (input.CategoryId is { } categoryId && !await db.Categories.AnyAsync(c => c.Id == categoryId && c.IsActive,
            ct))
            errors.Add("categoryId", $"There is no active category {categoryId}.");
        var occurredAt = errors.Instant("occurredAt", input.OccurredAt, DateTime.UnixEpoch, now.AddMinutes(5)) ?? now;
        if (errors.Any) return errors;

        return await db.InTransactionAsync(async () =>
        {
            var (sender, created) = await ContactMatch.FindOrCreateAsync(db, email, phone,
                name.Length > 0 ? name : null, actor, now, ct);
            await db.SaveChangesAsync(ct);
            var continues = named is { } n && n.CustomerId == sender.Id ? n.Id : (long?)null;
            var opened = continues is null && input.CategoryId is { } category
                ? await OpenCase.OpenAsync(db, new OpenCaseRequest(sender.Id, category, subject.Length > 0 ? subject : FirstWords(body),
                    null, CasePriority.Normal, channel, null, null, null, null), actor, now, ct)
                : null;
            if (opened?.Refused is { } refused) return (Outcome<InboundResult>)refused;
            var caseId = continues ?? opened?.Value!.Id;
            var touchpoint = new Touchpoint
            {
                CustomerId = sender.Id, CaseId = caseId, Channel = channel, Direction = Direction.Inbound, OccurredAt = occurredAt, RecordedAt = now,
                Author = (sender.Name + (email is not null ? $" <{email}>" : $" ({phone})")).Fit(200), Body = body,
            };
            db.RecordTouchpoint(actor, now, touchpoint);
            if (named is not null && continues is null)
                db.RecordTouchpoint(actor, now, new Touchpoint
                {
                    CustomerId = sender.Id, CaseId = caseId, Channel = channel, Direction = Direction.Internal, OccurredAt = now, RecordedAt = now,
                    Author = actor.Name, AuthorAgentId = actor.AgentId,
                    Body = ForeignCaseNote.Of("This message", named.Id),
                });
            await db.SaveChangesAsync(ct);
            return (Outcome<InboundResult>)new InboundResult(sender.Id, created, TimelineEntry.Of(touchpoint),
                caseId is { } id ? Case.NumberOf(id) : null, opened is not null);
        }, ct);
    }

    private sealed record NamedCase(long Id, long CustomerId);

    private static async Task<NamedCase?> NamedCaseAsync(FrontlineDb db, string? number, Errors errors,
        CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(number)) return null;
        var id = Case.IdOf(number);
        var found = id is null ? null
            : await db.Cases.Where(c => c.Id == id).Select(c => new NamedCase(c.Id, c.CustomerId)).FirstOrDefaultAsync(ct);
        if (found is null) errors.Add("caseNumber", $"There is no case {number}.");
        return found;
    }

    private static string FirstWords(string body)
    {
        var line = body.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault() ?? body;
        return line.Length <= 80 ? line : line[..77] + "...";
    }
}
