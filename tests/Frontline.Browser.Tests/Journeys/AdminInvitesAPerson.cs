using System.Text.RegularExpressions;
using Frontline.Browser.Tests.Pages;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Security;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Frontline.Browser.Tests.Journeys;

/// <summary>An admin invites a colleague by e-mail; the colleague follows the mailed link, chooses a password, signs in.</summary>
[Collection(nameof(DemoSite))]
public sealed partial class AdminInvitesAPerson(DemoSite site)
{
    [Fact]
    public async Task An_invited_person_chooses_a_password_through_the_mailed_link_and_signs_in()
    {
        var email = $"ines.{Guid.NewGuid():N}@frontline.demo";
        var admin = await site.NewPageAsync();
        await admin.SetViewportSizeAsync(1024, 768);
        await (await new SignInPage(admin).OpenAsync()).SignInAsync(DemoSite.Admin, DemoSite.Password);
        // one "Admin" link instead of a row of them: the top bar stays one line at 1024 px
        var home = (await admin.GetByRole(AriaRole.Link, new() { Name = "Frontline", Exact = true }).BoundingBoxAsync()).ShouldNotBeNull();
        var signOut = (await admin.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).BoundingBoxAsync()).ShouldNotBeNull();
        signOut.Y.ShouldBeLessThan(home.Y + home.Height, "the sign-out button sits on the first line of the bar");
        await AdminCentre.GoToAsync(admin, "People");
        await Interactivity.WaitAsync(admin);
        await admin.Locator("#person-name").FillAsync("Ines Invited");
        await admin.Locator("#person-email").FillAsync(email);
        await admin.Locator("#person-invite").ClickAsync();
        await Expect(admin.Locator("#people-notice")).ToHaveTextAsync($"Ines Invited is invited: the link is on its way to {email}.");
        await Expect(admin.Locator($"#people tr[data-email='{email}']")).ToContainTextAsync("agent");
        await Screenshots.SaveAsync(admin, "people-invite.png");

        var ines = await site.NewPageAsync();
        await ines.GotoAsync(await LinkMailedToAsync(email));
        await Expect(ines).ToHaveTitleAsync("Choose your password · Frontline");
        await ines.GetByLabel("Password", new() { Exact = true }).FillAsync("Ines-password-1");
        await ines.GetByLabel("Password again").FillAsync("Ines-password-1");
        await ines.GetByRole(AriaRole.Button, new() { Name = "Set my password" }).ClickAsync();
        await Expect(ines.Locator("#welcome-done")).ToContainTextAsync("Your password is set.");
        await Screenshots.SaveAsync(ines, "welcome.png");
        await (await new SignInPage(ines).OpenAsync()).SignInAsync(email, "Ines-password-1");
        await Expect(ines.Locator("#account")).ToHaveTextAsync("Ines Invited");
    }

    private async Task<string> LinkMailedToAsync(string address)
    {
        var ct = TestContext.Current.CancellationToken;
        using var imap = new ImapClient();
        await imap.ConnectAsync("127.0.0.1", site.Mail.ImapPort, SecureSocketOptions.None, ct);
        await imap.AuthenticateAsync("frontline", "frontline", ct);
        for (var tries = 0; tries < 40; tries++)
        {
            await imap.Inbox.OpenAsync(FolderAccess.ReadOnly, ct);
            var mails = imap.Inbox.Count == 0 ? []
                : (await imap.Inbox.FetchAsync(0, -1, MessageSummaryItems.Envelope | MessageSummaryItems.UniqueId, ct))
                    .Where(m => m.Envelope?.To.Mailboxes.Any(b => b.Address == address) == true).ToList();
            if (mails.Count > 0) return Link().Match((await imap.Inbox.GetMessageAsync(mails[^1].UniqueId, ct)).TextBody ?? "").Value;
            await imap.Inbox.CloseAsync(cancellationToken: ct);
            await Task.Delay(250, ct);
        }
        throw new InvalidOperationException($"No invitation reached {address}.");
    }

    [GeneratedRegex(@"http\S+/welcome\?person=\d+&token=[A-Za-z0-9_-]+")]
    private static partial Regex Link();
}
