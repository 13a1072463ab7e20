using System.Net;
using System.Text.RegularExpressions;
using Frontline.Identity;
using Frontline.Tests.Infrastructure;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Security;
using MimeKit;

namespace Frontline.Tests.Identity;

/// <summary>An admin invites a person by e-mail; the link in the mail lets them choose a password, once.</summary>
public abstract partial class InvitationTests(ApiFixture fx)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private readonly HttpClient _admin = fx.As(Roles.Admin);

    private static string NewEmail() => Given.UniqueEmail("invited").Replace("@example.com", "@frontline.test");

    private Task<HttpResponseMessage> InviteAsync(HttpClient by, string email, string role = Roles.Agent) =>
        by.PostJsonAsync("/api/v1/agents/invitations",
            new { email, displayName = "Ines Invited", role, teamIds = new[] { fx.TeamId } });

    [Fact]
    public async Task An_invited_person_chooses_a_password_through_the_mailed_link_and_signs_in_with_it()
    {
        var email = NewEmail();
        var invited = await InviteAsync(_admin, email);
        invited.StatusCode.ShouldBe(HttpStatusCode.Created, await invited.Content.ReadAsStringAsync());
        var view = await invited.ReadAsync<InvitationView>();
        view.Mailed.ShouldBeTrue(view.Words);
        view.Person.TeamIds.ShouldBe([fx.TeamId]);
        var (person, token) = LinkIn(await MailToAsync(email));
        person.ShouldBe(view.Person.Id);
        await Should.ThrowAsync<InvalidOperationException>(() => fx.SignInAsync(email, ApiFixture.Password));

        var accepted = await fx.Anonymous().PostJsonAsync("/account/invitations/accept",
            new { personId = person, token, password = "Chosen-password-1" });

        accepted.StatusCode.ShouldBe(HttpStatusCode.NoContent, await accepted.Content.ReadAsStringAsync());
        using var signedIn = await fx.SignInAsync(email, "Chosen-password-1");
        (await signedIn.GetAsync("/api/v1/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_link_works_once_and_a_forged_one_never()
    {
        var email = NewEmail();
        var view = await (await InviteAsync(_admin, email)).ReadAsync<InvitationView>();
        var (person, token) = LinkIn(await MailToAsync(email));
        var anonymous = fx.Anonymous();

        var forged = await anonymous.PostJsonAsync("/account/invitations/accept",
            new { personId = person, token = token[..^4] + "AAAA", password = "Chosen-password-1" });
        var weak = await anonymous.PostJsonAsync("/account/invitations/accept",
            new { personId = person, token, password = "short" });
        var first = await anonymous.PostJsonAsync("/account/invitations/accept",
            new { personId = person, token, password = "Chosen-password-1" });
        var again = await anonymous.PostJsonAsync("/account/invitations/accept",
            new { personId = person, token, password = "Other-password-2" });

        forged.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await forged.ProblemFieldsAsync()).ShouldBe(["token"]);
        (await weak.ProblemFieldsAsync()).ShouldBe(["password"]);
        first.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        again.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await again.ProblemFieldsAsync()).ShouldBe(["token"]);
        await Should.ThrowAsync<InvalidOperationException>(() => fx.SignInAsync(email, "Other-password-2"));
        (await fx.SignInAsync(email, "Chosen-password-1")).Dispose();
        view.Person.Id.ShouldBe(person);
    }

    [Fact]
    public async Task An_invitation_with_bad_fields_names_each_and_adds_nobody()
    {
        var before = await fx.CountAsync<Agent>();

        var bad = await _admin.PostJsonAsync("/api/v1/agents/invitations",
            new { email = "not-an-address", displayName = "", role = "Boss", teamIds = Array.Empty<long>() });

        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.ProblemFieldsAsync()).ShouldBe(["email", "displayName", "role"], ignoreOrder: true);
        (await fx.CountAsync<Agent>()).ShouldBe(before);
    }

    [Theory]
    [InlineData(Roles.Agent)]
    [InlineData(Roles.TeamLead)]
    [InlineData(Roles.Manager)]
    public async Task Only_an_admin_invites_or_sends_an_invitation_again(string role)
    {
        var email = NewEmail();
        var view = await (await InviteAsync(_admin, email)).ReadAsync<InvitationView>();

        var invite = await InviteAsync(fx.As(role), NewEmail());
        var resend = await fx.As(role).PostAsync($"/api/v1/agents/{view.Person.Id}/invitation", null, Ct);
        var byAdmin = await _admin.PostAsync($"/api/v1/agents/{view.Person.Id}/invitation", null, Ct);

        invite.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        resend.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        byAdmin.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await byAdmin.ReadAsync<InvitationView>()).Mailed.ShouldBeTrue();
    }

    [Fact]
    public async Task Someone_who_has_a_password_gets_no_invitation_again()
    {
        var (id, client) = await fx.NewAgentAsync("Has Password");
        client.Dispose();

        var resend = await _admin.PostAsync($"/api/v1/agents/{id}/invitation", null, Ct);

        resend.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await resend.ProblemFieldsAsync()).ShouldBe(["id"]);
    }

    private static (long Person, string Token) LinkIn(MimeMessage mail)
    {
        var match = Link().Match(mail.TextBody ?? "");
        match.Success.ShouldBeTrue(mail.TextBody);
        return (long.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), match.Groups[2].Value);
    }

    [GeneratedRegex(@"/welcome\?person=(\d+)&token=([A-Za-z0-9_-]+)")]
    private static partial Regex Link();

    private async Task<MimeMessage> MailToAsync(string address)
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
                    .LastOrDefault(m => m.Envelope?.To.Mailboxes.Any(b => b.Address == address) == true);
                if (found is not null) return await imap.Inbox.GetMessageAsync(found.UniqueId, Ct);
            }
            await imap.Inbox.CloseAsync(cancellationToken: Ct);
            await Task.Delay(250, Ct);
        }
        throw new InvalidOperationException($"No invitation reached {address}.");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class InvitationsOnSqlite(SqliteApi fx) : InvitationTests(fx);

[Collection(PostgresCollection.Name)]
public sealed class InvitationsOnPostgres(PostgresApi fx) : InvitationTests(fx);
