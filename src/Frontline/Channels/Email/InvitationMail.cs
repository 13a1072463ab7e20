using Frontline.Identity;
using MimeKit;

namespace Frontline.Channels.Email;

/// <summary>Sends a colleague's invitation straight over SMTP: it is never written to the customers' outbox.</summary>
internal sealed class InvitationMail(MailOutbox outbox, MailOptions options) : IInvitationMail
{
    public async Task<string?> SendAsync(string toName, string toAddress, string subject, string body,
        CancellationToken ct)
    {
        if (options.SmtpHost is null) return "no mail server is set up (Frontline:Mail:SmtpHost).";
        var message = new MimeMessage { Subject = subject, Body = new TextPart("plain") { Text = body } };
        message.To.Add(new MailboxAddress(toName, toAddress));
        try
        {
            await outbox.SendNowAsync(message, ct);
            return null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return $"the mail server said: {e.Message}";
        }
    }
}
