using System.Security.Claims;
using Frontline.Customers;
using Frontline.Identity;
using Frontline.Touchpoints;
using MimeKit;

namespace Frontline.Channels.Email;

/// <param name="Sender">The address to record the message on, when it names none that can be read.</param>
public sealed record RecoverInput(string? Sender);

/// <summary>
/// What an admin does with a quarantined message: recover it (record it like any inbound e-mail, on the sender they
/// name if it names none) or delete it (spam). Either takes the message out of quarantine once, by a conditional
/// delete, so two admins never record it twice; a recovered message says on the timeline who recovered it and why
/// it was held.
/// </summary>
public static class QuarantineDesk
{
    internal static async Task<Results<Ok<EmailReceipt>, NotFound, ValidationProblem, ProblemHttpResult>> Recover(long id, RecoverInput input,
        ClaimsPrincipal user, FrontlineDb db, TimeProvider clock, CancellationToken ct) =>
        (await RecoverAsync(db, id, input, Actor.Of(user), clock.GetUtcNow().UtcDateTime, ct)).ToOk();

    internal static async Task<Results<NoContent, NotFound>> Delete(long id, FrontlineDb db, CancellationToken ct) =>
        await DeleteAsync(db, id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    /// <summary>Deletes a quarantined message; false when it had already left quarantine.</summary>
    public static async Task<bool> DeleteAsync(FrontlineDb db, long id, CancellationToken ct) =>
        await db.QuarantinedMessages.Where(q => q.Id == id).ExecuteDeleteAsync(ct) > 0;

    public static async Task<Outcome<EmailReceipt>> RecoverAsync(FrontlineDb db, long id, RecoverInput input,
        Actor actor, DateTime now, CancellationToken ct)
    {
        var held = await db.QuarantinedMessages.AsNoTracking().FirstOrDefaultAsync(q => q.Id == id, ct);
        if (held is null) return Outcome<EmailReceipt>.NotFound();
        var errors = new Errors();
        var sender = string.IsNullOrWhiteSpace(input.Sender) ? null : ContactPoints.NormalizeEmail(input.Sender);
        if (input.Sender is { Length: > 0 } && sender is null) errors.Add("sender",
            $"'{input.Sender}' is not an e-mail address.");
        MimeMessage? message = null;
        try
        {
            message = await MimeMessage.LoadAsync(new MemoryStream(held.Raw), ct);
        }
        catch (FormatException)
        {
            errors.Add("id",
                "This message cannot be read as an e-mail at all: download it, and answer its sender from a case.");
        }
        if (message is not null && sender is null && ContactPoints.NormalizeEmail(message.From.Mailboxes.FirstOrDefault()?.Address) is null)
            errors.Add("sender", "The message names no sender that can be read: give the address to record it on.");
        if (errors.Any) return errors;

        if (sender is not null)
        {
            var name = message!.From.Mailboxes.FirstOrDefault()?.Name;
            message.From.Clear();
            message.From.Add(new MailboxAddress(name, sender));
        }
        using var raw = new MemoryStream();
        await message!.WriteToAsync(raw, ct);
        return await db.InTransactionAsync(async () =>
        {
            if (await db.QuarantinedMessages.Where(q => q.Id == id)
                .ExecuteDeleteAsync(ct) == 0) return Outcome<EmailReceipt>.NotFound();
            var receipt = await InboundEmail.ReceiveAsync(db, raw.ToArray(), now, ct);
            if (receipt.Touchpoint is { } recorded)
            {
                db.RecordTouchpoint(actor, now, new Touchpoint
                {
                    CustomerId = recorded.CustomerId, CaseId = recorded.CaseId, Channel = Channel.Email, Direction = Direction.Internal,
                    OccurredAt = now, RecordedAt = now, Author = actor.Name, AuthorAgentId = actor.AgentId,
                    Body = $"Recovered from quarantine by {actor.Name}; it was held because: {held.Reason}".Fit(Touchpoint.MaxBodyLength),
                });
                await db.SaveChangesAsync(ct);
            }
            return (Outcome<EmailReceipt>)receipt;
        }, ct);
    }
}
