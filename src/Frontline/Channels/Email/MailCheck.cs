using MimeKit;

namespace Frontline.Channels.Email;

public sealed record MailCheckInput(string? To);

/// <param name="Sent">Whether the mail server took the message.</param>
/// <param name="Words">What happened, in plain words, for the admin who asked.</param>
public sealed record MailCheckResult(bool Sent, string Words);

/// <summary>
/// An admin checks the mail settings by sending a test message to an address they type: straight over SMTP, never
/// written to the outbox, and the answer says in plain words whether the server took it and, if not, what it said.
/// </summary>
public static class MailCheck
{
    internal static async Task<Results<Ok<MailCheckResult>, ValidationProblem>> Handle(MailCheckInput input,
        MailOutbox outbox, MailOptions options, CancellationToken ct)
    {
        var (errors, result) = await SendAsync(input, outbox, options, ct);
        return result is null ? errors.Problem() : TypedResults.Ok(result);
    }

    public static async Task<(Errors Errors, MailCheckResult? Result)> SendAsync(MailCheckInput input,
        MailOutbox outbox, MailOptions options, CancellationToken ct)
    {
        var errors = new Errors();
        var to = Customers.ContactPoints.NormalizeEmail(input.To);
        if (to is null) errors.Add("to",
            string.IsNullOrWhiteSpace(input.To) ? "Is required." : $"'{input.To}' is not an e-mail address.");
        if (errors.Any) return (errors, null);
        if (options.SmtpHost is null) return (errors, new MailCheckResult(false,
            "No mail server is set up (Frontline:Mail:SmtpHost), so mail to customers stays in the outbox."));
        var message = new MimeMessage
        {
            Subject = "Frontline test message",
            Body = new TextPart("plain") { Text = "This message checks that Frontline can send e-mail. Nothing to do." },
        };
        message.To.Add(MailboxAddress.Parse(to!));
        var server = $"{options.SmtpHost}:{options.SmtpPort}";
        try
        {
            await outbox.SendNowAsync(message, ct);
            return (errors, new MailCheckResult(true,
                $"The mail server at {server} took the test message for {to}. Look in that mailbox."));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return (errors, new MailCheckResult(false,
                $"The mail server at {server} did not take the test message: {e.Message}"));
        }
    }
}
