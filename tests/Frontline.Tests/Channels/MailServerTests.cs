using Frontline.Channels.Email;
using Frontline.Customers;
using Frontline.Data;
using Frontline.Touchpoints;
using Frontline.Tests.Infrastructure;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using MimeKit;

namespace Frontline.Tests.Channels;

/// <summary>
/// Frontline against mail servers set up the way production ones are: a Dovecot mailbox read over IMAP, an SMTP
/// server that wants a sign-in, and how the connections are secured.
/// </summary>
[Collection(SqliteCollection.Name)]
public sealed class MailServerTests(SqliteApi fx)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private MailOptions Mail(string? smtpHost = null, int smtpPort = 25, string? smtpUser = null, string? smtpPassword = null,
        string? imapHost = null, int imapPort = 143, string? imapUser = null, string? imapPassword = null) =>
        new(smtpHost, smtpPort, "care@frontline.local", "Care", imapHost, imapPort, imapUser, imapPassword, smtpUser, smtpPassword);

    [Fact]
    public async Task Mail_delivered_to_a_dovecot_mailbox_is_read_over_imap_recorded_once_and_marked_seen()
    {
        await using var dovecot = await DovecotServer.StartAsync("care@frontline.local", "mailbox-secret");
        var email = Given.UniqueEmail("dovecot");
        var message = new MimeMessage
        {
            Subject = "The kettle leaks", MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId("mail.example.com"),
            Body = new TextPart("plain") { Text = "Water all over the counter." },
        };
        message.From.Add(new MailboxAddress("Dora Dovecot", email));
        message.To.Add(new MailboxAddress("Care", "care@frontline.local"));
        using (var delivery = new ImapClient())
        {
            await delivery.ConnectAsync("127.0.0.1", dovecot.Port, SecureSocketOptions.None, Ct);
            await delivery.AuthenticateAsync(dovecot.User, dovecot.Password, Ct);
            await delivery.Inbox.AppendAsync(message, MessageFlags.None, Ct);
            await delivery.DisconnectAsync(true, Ct);
        }
        var poller = new MailboxPoller(fx.Services.GetRequiredService<IDbContextFactory<FrontlineDb>>(),
            Mail(imapHost: "127.0.0.1", imapPort: dovecot.Port, imapUser: dovecot.User, imapPassword: dovecot.Password), TimeProvider.System, NullLogger<MailboxPoller>.Instance);

        var first = await poller.PollAsync(Ct);
        var second = await poller.PollAsync(Ct);

        first.ShouldHaveSingleItem().Outcome.ShouldBe("recorded");
        second.ShouldBeEmpty();
        await using var db = fx.OpenDb();
        (await db.Touchpoints.Where(t => t.ExternalId == message.MessageId).SingleAsync(Ct)).Body.ShouldBe("The kettle leaks\n\nWater all over the counter.");
        using var check = new ImapClient();
        await check.ConnectAsync("127.0.0.1", dovecot.Port, SecureSocketOptions.None, Ct);
        await check.AuthenticateAsync(dovecot.User, dovecot.Password, Ct);
        await check.Inbox.OpenAsync(FolderAccess.ReadOnly, Ct);
        (await check.Inbox.SearchAsync(SearchQuery.Seen, Ct)).Count.ShouldBe(1);
        (await check.Inbox.SearchAsync(SearchQuery.NotSeen, Ct)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Mail_is_not_read_with_a_wrong_mailbox_password_and_nothing_is_recorded()
    {
        await using var dovecot = await DovecotServer.StartAsync("care@frontline.local", "mailbox-secret");
        var poller = new MailboxPoller(fx.Services.GetRequiredService<IDbContextFactory<FrontlineDb>>(),
            Mail(imapHost: "127.0.0.1", imapPort: dovecot.Port, imapUser: dovecot.User, imapPassword: "wrong"), TimeProvider.System, NullLogger<MailboxPoller>.Instance);

        await Should.ThrowAsync<AuthenticationException>(() => poller.PollAsync(Ct));
    }

    /// <summary>A database of its own, so the fixture's delivery job never sends this test's message first.</summary>
    private sealed class OwnDatabase(string folder) : IDbContextFactory<FrontlineDb>
    {
        public FrontlineDb CreateDbContext() => DataModule.Open(DatabaseOptions.Sqlite(folder));
    }

    [Fact]
    public async Task Replies_sign_in_to_an_smtp_server_that_requires_it_and_wait_in_the_outbox_when_refused()
    {
        await using var smtp = await MailServer.StartAsync("--authenticationrequired", "--smtpallowanycredentials-", "--user=care=smtp-secret",
            "--SmtpAuthTypesNotSecure=PLAIN,LOGIN");
        var folder = Directory.CreateTempSubdirectory("frontline-smtp-").FullName;
        var databases = new OwnDatabase(folder);
        long id;
        await using (var setup = databases.CreateDbContext())
        {
            await setup.Database.MigrateAsync(Ct);
            var customer = new Customer { Name = "Sam Signed", TimeZone = "Europe/Berlin" };
            setup.Customers.Add(customer);
            await setup.SaveChangesAsync(Ct);
            var touchpoint = new Touchpoint
            {
                CustomerId = customer.Id, Channel = Channel.Email, Direction = Direction.Outbound, OccurredAt = DateTime.UtcNow,
                RecordedAt = DateTime.UtcNow, Author = "Care", Body = "Signed and sent.",
            };
            id = (await OutboundEmail.QueueAsync(setup, Mail(), Frontline.Touchpoints.CaseTouch.Frontline, touchpoint, "sam.signed@example.com",
                "Your case", null, null, DateTime.UtcNow, Ct)).Id;
        }
        MailOutbox Outbox(string? user, string? password) =>
            new(databases, Mail("127.0.0.1", smtp.SmtpPort, user, password), TimeProvider.System, NullLogger<MailOutbox>.Instance);

        var anonymous = await Outbox(null, null).DeliverAsync(id, Ct);
        var wrong = await Outbox("care", "wrong").DeliverAsync(id, Ct);
        string? refusal;
        await using (var db = databases.CreateDbContext())
            refusal = await db.OutboundEmails.Where(m => m.Id == id).Select(m => m.LastError).SingleAsync(Ct);
        var signed = await Outbox("care", "smtp-secret").DeliverAsync(id, Ct);

        anonymous.ShouldBe(DeliveryStatus.Queued);
        wrong.ShouldBe(DeliveryStatus.Queued);
        refusal.ShouldNotBeNull().ShouldContain("Authentication", Case.Insensitive);
        signed.ShouldBe(DeliveryStatus.Sent);
        await using (var db = databases.CreateDbContext())
        {
            var sent = await db.OutboundEmails.SingleAsync(m => m.Id == id, Ct);
            (sent.Attempts, sent.LastError).ShouldBe((3, (string?)null));
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void How_mail_connections_are_secured_is_read_from_configuration_and_a_wrong_value_is_named()
    {
        MailOptions Read(params (string Key, string Value)[] settings) =>
            MailOptions.From(new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build());

        var defaults = Read();
        var set = Read(("Frontline:Mail:SmtpSecurity", "starttls"), ("Frontline:Mail:ImapSecurity", "SslOnConnect"),
            ("Frontline:Mail:SmtpUser", "care"), ("Frontline:Mail:SmtpPassword", "s"));
        var wrong = Should.Throw<InvalidOperationException>(() => Read(("Frontline:Mail:ImapSecurity", "always")));

        (defaults.SmtpSecurity, defaults.ImapSecurity, defaults.SmtpUser).ShouldBe((SecureSocketOptions.Auto, SecureSocketOptions.Auto, null));
        (set.SmtpSecurity, set.ImapSecurity, set.SmtpUser, set.SmtpPassword).ShouldBe((SecureSocketOptions.StartTls, SecureSocketOptions.SslOnConnect, "care", "s"));
        wrong.Message.ShouldStartWith("Frontline:Mail:ImapSecurity: 'always' is not one of None, Auto, SslOnConnect, StartTls, StartTlsWhenAvailable");
    }
}
