using System.Text.RegularExpressions;
using Frontline.Browser.Tests.Pages;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Security;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Frontline.Browser.Tests.Journeys;

/// <summary>
/// A team lead approves a change-fee waiver with a note for colleagues and edits what the customer is told: the note
/// stays on the agent's timeline, the customer's mailbox and portal page carry only the words meant for him.
/// </summary>
[Collection(nameof(DemoSite))]
public sealed partial class InternalWordsStayInternal(DemoSite site)
{
    private const string Jordan = "jordan.blake@northwind.example";
    private const string Note = "Approved: he flies with us every month. Keep it consistent.";
    private const string Told = "Good news, Jordan: we waive the change fee of 120.00 USD for your return flight.";

    [Fact]
    public async Task An_approval_s_internal_note_never_reaches_the_customer_while_the_edited_text_does()
    {
        var agentPage = await site.NewPageAsync();
        var search = await (await new SignInPage(agentPage).OpenAsync()).SignInAsync(DemoSite.Agent, DemoSite.Password);
        await search.SearchAsync(Jordan);
        var customer = await search.OpenCustomerAsync("Jordan Blake");
        var jordansPage = agentPage.Url;

        // his last change is closed: the panel says why nothing can be given there
        await customer.OpenCaseAsync("Change of return flight");
        await Interactivity.WaitAsync(agentPage);
        await Expect(agentPage.Locator("#gesture-closed")).ToContainTextAsync("This case is closed: no gesture can be given on it.");
        await Expect(agentPage.Locator("#gesture-grant")).ToBeDisabledAsync();

        await agentPage.GotoAsync(jordansPage);
        var @case = await new CustomerPage(agentPage).OpenNewCaseAsync("Change of booking", "Change fee for the Friday flight",
            "The airline moved my flight; now I am asked a change fee.");
        await Interactivity.WaitAsync(agentPage);
        await @case.Gestures.FillAsync("Fee waiver", 120, "Monthly flyer; the schedule change was ours.");
        await agentPage.Locator("#gesture-grant").ClickAsync();
        await Expect(@case.Gestures.Requested).ToContainTextAsync("sent to a team lead");
        await Expect(@case.Gestures.Requested).Not.ToContainTextAsync("TeamLead");

        var leadPage = await site.NewPageAsync();
        await (await new SignInPage(leadPage).OpenAsync()).SignInAsync(DemoSite.TeamLead, DemoSite.Password);
        var approvals = await new ApprovalsPage(leadPage).OpenAsync();
        var request = approvals.Request("Jordan Blake");
        var toldField = request.Locator(".approval-customer-text textarea");
        await Expect(request).ToContainTextAsync("fee waiver of 120.00 USD");
        await Expect(toldField).ToHaveValueAsync("Good news: we can offer you a fee waiver of 120.00 USD.");
        await request.GetByLabel("Internal note").FillAsync(Note);
        await toldField.FillAsync(Told);
        (await Accessibility.SeriousViolationsAsync(leadPage)).ShouldBeEmpty();
        await Screenshots.SaveAsync(leadPage, "approval-customer-text.png");
        await request.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await Expect(approvals.Decided).ToContainTextAsync("approved fee waiver of 120.00 USD");

        // colleagues read the note on the timeline
        await Expect(@case.Timeline.Filter(new() { HasText = Note })).ToBeVisibleAsync();

        // Jordan's mailbox: the edited words, never the note
        var mailed = await MailBodyAsync(Jordan, s => s.StartsWith("About your request", StringComparison.Ordinal));
        mailed.ShouldContain(Told);
        mailed.ShouldNotContain("Keep it consistent");

        // Jordan's portal page: the same
        var jordan = await site.NewPageAsync();
        await jordan.GotoAsync("/portal");
        await jordan.GetByLabel("Your e-mail address").FillAsync(Jordan);
        await jordan.GetByRole(AriaRole.Button, new() { Name = "Send me a link" }).ClickAsync();
        var link = Link().Match(await MailBodyAsync(Jordan, s => s == "Your link to your cases")).Value;
        await jordan.GotoAsync(link);
        await jordan.Locator("#portal-enter").ClickAsync();
        await jordan.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("Change fee for the Friday flight") }).ClickAsync();
        await Expect(jordan.Locator("#portal-messages")).ToContainTextAsync(Told);
        await Expect(jordan.Locator("#portal-messages")).Not.ToContainTextAsync("Keep it consistent");
        await Screenshots.SaveAsync(jordan, "portal-approval.png");
    }

    /// <summary>The text of the newest mail to <paramref name="address"/> whose subject matches, as the mailbox holds it.</summary>
    private async Task<string> MailBodyAsync(string address, Func<string, bool> subject)
    {
        var ct = TestContext.Current.CancellationToken;
        using var imap = new ImapClient();
        await imap.ConnectAsync("127.0.0.1", site.Mail.ImapPort, SecureSocketOptions.None, ct);
        await imap.AuthenticateAsync("frontline", "frontline", ct);
        for (var tries = 0; tries < 80; tries++)
        {
            await imap.Inbox.OpenAsync(FolderAccess.ReadOnly, ct);
            var found = imap.Inbox.Count == 0 ? []
                : (await imap.Inbox.FetchAsync(0, -1, MessageSummaryItems.Envelope | MessageSummaryItems.UniqueId, ct))
                    .Where(m => m.Envelope?.To.Mailboxes.Any(b => b.Address == address) == true && subject(m.Envelope.Subject ?? "")).ToList();
            if (found.Count > 0) return (await imap.Inbox.GetMessageAsync(found[^1].UniqueId, ct)).TextBody ?? "";
            await imap.Inbox.CloseAsync(cancellationToken: ct);
            await Task.Delay(250, ct);
        }
        throw new InvalidOperationException($"No such mail reached {address}.");
    }

    [GeneratedRegex(@"http://\S+/portal/enter\?token=[A-Za-z0-9_-]+")]
    private static partial Regex Link();
}
