using System.Net;
using Frontline.Identity;
using Frontline.Notifications;
using Frontline.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Security;
using MimeKit;

namespace Frontline.Tests.Notifications;

/// <summary>Each person chooses the kinds that also come by e-mail; those leave through the real mail server.</summary>
public abstract class NotificationMailTests(ApiFixture fx)
{
    private const string Url = "/api/v1/me/notification-preferences";
    private readonly NotificationScenario _given = new(fx);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<NotificationPreferencesView> PreferencesAsync(HttpClient client) =>
        await (await client.GetAsync(Url, Ct)).ReadAsync<NotificationPreferencesView>();

    private static List<NotificationKind> ByEmail(NotificationPreferencesView view) =>
        view.Kinds.Where(k => k.ByEmail).Select(k => k.Kind).ToList();

    [Fact]
    public async Task A_person_chooses_the_kinds_that_also_come_by_email_and_may_choose_none()
    {
        var (_, client) = await _given.PersonAsync("Paula Prefers");

        var before = await PreferencesAsync(client);
        var chosen = await client.PutJsonAsync(Url, new { byEmail = new[] { "CaseAssigned", "ApprovalDecided", "CaseAssigned" } });
        var read = await PreferencesAsync(client);
        var cleared = await (await client.PutJsonAsync(Url, new { byEmail = Array.Empty<string>() })).ReadAsync<NotificationPreferencesView>();

        before.Kinds.Select(k => k.Kind).ShouldBe(NotificationKinds.All);
        ByEmail(before).ShouldBeEmpty();
        before.Kinds.ShouldAllBe(k => !k.Label.Contains(k.Kind.ToString()));
        chosen.StatusCode.ShouldBe(HttpStatusCode.OK);
        ByEmail(await chosen.ReadAsync<NotificationPreferencesView>()).ShouldBe([NotificationKind.ApprovalDecided, NotificationKind.CaseAssigned]);
        ByEmail(read).ShouldBe([NotificationKind.ApprovalDecided, NotificationKind.CaseAssigned]);
        ByEmail(cleared).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_choice_naming_no_kind_or_no_list_is_refused_naming_the_field_and_changes_nothing()
    {
        var (_, client) = await _given.PersonAsync("Rolf Refused");
        await client.PutJsonAsync(Url, new { byEmail = new[] { "ChatWaiting" } });

        var unknown = await client.PutJsonAsync(Url, new { byEmail = new[] { "Telepathy" } });
        var missing = await client.PutJsonAsync(Url, new { });

        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await unknown.ProblemFieldsAsync()).ShouldHaveSingleItem().ShouldStartWith("byEmail");
        (await missing.ProblemFieldsAsync()).ShouldBe(["byEmail"]);
        ByEmail(await PreferencesAsync(client)).ShouldBe([NotificationKind.ChatWaiting]);
    }

    [Fact]
    public async Task A_kind_chosen_for_email_arrives_through_the_mail_server_and_one_not_chosen_stays_in_frontline()
    {
        var (wants, wantsClient) = await _given.PersonAsync("Walter Wantsmail");
        var (quiet, _) = await _given.PersonAsync("Quinn Quiet");
        (await wantsClient.PutJsonAsync(Url, new { byEmail = new[] { "CaseAssigned" } })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var lead = fx.As(Roles.TeamLead);

        var mailed = await _given.CaseAsync(lead, assigneeId: wants, subject: "Mailed kettle");
        var kept = await _given.CaseAsync(lead, assigneeId: quiet, subject: "Quiet kettle");

        await using var db = fx.OpenDb();
        var address = await db.Users.Where(a => a.Id == wants).Select(a => a.Email!).SingleAsync(Ct);
        var mail = await FetchAsync(address);
        mail.Subject.ShouldBe($"Frontline: Test TeamLead opened case {mailed.Number} “Mailed kettle” for you.");
        mail.From.Mailboxes.Single().Address.ShouldBe("care@frontline.local");
        mail.TextBody.ShouldNotBeNull().ShouldContain(new Uri(fx.BaseAddress, $"/cases/{mailed.Id}").ToString());
        var states = await db.Set<Notification>().Where(n => n.CaseId == mailed.Id || n.CaseId == kept.Id)
            .OrderBy(n => n.Id).Select(n => n.Mail).ToListAsync(Ct);
        states.ShouldBe([NotificationMailState.Sent, NotificationMailState.NotWanted]);
    }

    private async Task<MimeMessage> FetchAsync(string address)
    {
        using var imap = new ImapClient();
        await imap.ConnectAsync("127.0.0.1", fx.Mail.ImapPort, SecureSocketOptions.None, Ct);
        await imap.AuthenticateAsync("frontline", "frontline", Ct);
        for (var tries = 0; tries < 40; tries++)
        {
            await imap.Inbox.OpenAsync(FolderAccess.ReadOnly, Ct);
            if (imap.Inbox.Count > 0)
            {
                var found = (await imap.Inbox.FetchAsync(0, -1, MessageSummaryItems.Envelope | MessageSummaryItems.UniqueId, Ct))
                    .FirstOrDefault(m => m.Envelope?.To.Mailboxes.Any(b => b.Address == address) == true);
                if (found is not null) return await imap.Inbox.GetMessageAsync(found.UniqueId, Ct);
            }
            await imap.Inbox.CloseAsync(cancellationToken: Ct);
            await Task.Delay(250, Ct);
        }
        throw new InvalidOperationException($"No notification reached {address}.");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class NotificationMailOnSqlite(SqliteApi fx) : NotificationMailTests(fx);

[Collection(PostgresCollection.Name)]
public sealed class NotificationMailOnPostgres(PostgresApi fx) : NotificationMailTests(fx);
