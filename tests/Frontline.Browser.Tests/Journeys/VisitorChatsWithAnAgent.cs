using System.Text.RegularExpressions;
using Frontline.Browser.Tests.Pages;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Security;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Frontline.Browser.Tests.Journeys;

/// <summary>
/// A visitor on a shop's page opens the chat widget; an agent answers from the case page; both see it live. The
/// visitor's address is only a claim until they type the code mailed to it: the agent is warned until then.
/// </summary>
[Collection(nameof(DemoSite))]
public sealed partial class VisitorChatsWithAnAgent(DemoSite site)
{
    [Fact]
    public async Task Visitor_proves_their_address_by_code_talks_live_with_the_agent_and_after_the_chat_ends_the_answer_goes_by_email()
    {
        var visitorPage = await site.NewPageAsync();
        var widget = await new ChatWidget(visitorPage).OpenOnAsync("/chat/demo.html");
        await widget.StartAsync("Chris Chatter", "chris.chatter@example.org", "Delivery", "My parcel shows delivered but is not here.");
        await Expect(widget.Reference).ToContainTextAsync("Your reference is C-");
        await Expect(widget.Messages).ToHaveCountAsync(1);
        await Expect(widget.Verification).ToContainTextAsync("show us the e-mail address is yours");
        (await Accessibility.SeriousViolationsAsync(visitorPage)).ShouldBeEmpty();

        // the agent finds the chat by the visitor's name: the address they typed is not on any record until proved
        var agentPage = await site.NewPageAsync();
        var search = await (await new SignInPage(agentPage).OpenAsync()).SignInAsync(DemoSite.Agent, DemoSite.Password);
        await search.SearchAsync("Chris Chatter");
        var @case = await (await search.OpenCustomerAsync("Chris Chatter")).OpenCaseAsync("My parcel shows delivered");
        await @case.LiveAsync();
        await Expect(@case.Unverified).ToContainTextAsync("Not verified: the visitor says they are Chris Chatter <chris.chatter@example.org>");
        await Expect(@case.Customer360).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(agentPage, "case-chat-unverified.png");

        await widget.SendCodeAsync();
        await Expect(widget.Verification).ToContainTextAsync("We have sent a code to chris.chatter@example.org");
        await Screenshots.SaveAsync(visitorPage, "chat-widget-verify.png");
        // on a phone the conversation and the code field both fit the frame
        await visitorPage.SetViewportSizeAsync(390, 844);
        await Expect(widget.CodeField).ToBeInViewportAsync();
        await Expect(widget.Messages.First).ToBeInViewportAsync();
        await Screenshots.SaveAsync(visitorPage, "chat-widget-verify-phone.png");
        await widget.ConfirmCodeAsync(Other(await CodeMailedToAsync("chris.chatter@example.org")));
        await Expect(widget.Error).ToContainTextAsync("That code is not right. 4 tries left.");
        await widget.ConfirmCodeAsync(await CodeMailedToAsync("chris.chatter@example.org"));
        await Expect(widget.Reference).ToContainTextAsync("we know it is you");
        await Expect(widget.Verification).ToBeHiddenAsync();
        await visitorPage.SetViewportSizeAsync(1280, 800);
        // the agent's screen drops the warning by itself
        await Expect(@case.Unverified).ToHaveCountAsync(0);
        await Expect(@case.Customer360).ToBeVisibleAsync();
        await Expect(@case.Timeline.Filter(new() { HasText = "The visitor proved they hold chris.chatter@example.org" })).ToBeVisibleAsync();
        await Expect(@case.Composer).ToContainTextAsync("Reply in the chat");

        await widget.SayAsync("The tracking number is 00340434161094042557.");
        // the agent's screen shows it without a reload
        await Expect(@case.Timeline.Filter(new() { HasText = "00340434161094042557" })).ToBeVisibleAsync();

        await @case.ReplyAsync("Thank you, Chris. I have asked the carrier; a replacement leaves today if they cannot find it.");
        await Expect(widget.Messages.Filter(new() { HasText = "a replacement leaves today" })).ToBeVisibleAsync();
        await Expect(widget.Messages.Last).ToContainTextAsync("Alex Agent");
        await Expect(@case.Timeline.Filter(new() { HasText = "a replacement leaves today" })).ToBeVisibleAsync();
        (await Accessibility.SeriousViolationsAsync(agentPage)).ShouldBeEmpty();
        (await Accessibility.SeriousViolationsAsync(visitorPage)).ShouldBeEmpty();
        await Screenshots.SaveAsync(agentPage, "case-chat.png");
        await Screenshots.SaveAsync(visitorPage, "chat-widget.png");

        // Chris leaves the chat: the next answer goes to him by e-mail, at the address he proved
        await widget.EndAsync();
        await Expect(@case.Composer).ToContainTextAsync("The chat has ended: Reply by e-mail to chris.chatter@example.org");
        await @case.ReplyAsync("Chris, the carrier found your parcel; it arrives tomorrow.");
        await Expect(agentPage.Locator(".timeline li").Filter(new() { HasText = "the carrier found your parcel" })).ToContainTextAsync("Email · Outbound");
    }

    private static string Other(string code) => code == "000000" ? "111111" : "000000";

    /// <summary>The code in the newest code mail to the address, read from the mail server the demo sends through.</summary>
    private async Task<string> CodeMailedToAsync(string address)
    {
        var ct = TestContext.Current.CancellationToken;
        using var imap = new ImapClient();
        await imap.ConnectAsync("127.0.0.1", site.Mail.ImapPort, SecureSocketOptions.None, ct);
        await imap.AuthenticateAsync("frontline", "frontline", ct);
        for (var tries = 0; tries < 40; tries++)
        {
            await imap.Inbox.OpenAsync(FolderAccess.ReadOnly, ct);
            var codes = imap.Inbox.Count == 0 ? []
                : (await imap.Inbox.FetchAsync(0, -1, MessageSummaryItems.Envelope | MessageSummaryItems.UniqueId, ct))
                    .Where(m => m.Envelope?.To.Mailboxes.Any(b => b.Address == address) == true && m.Envelope.Subject == "Your code for the chat").ToList();
            if (codes.Count > 0) return Code().Match((await imap.Inbox.GetMessageAsync(codes[^1].UniqueId, ct)).TextBody ?? "").Value;
            await imap.Inbox.CloseAsync(cancellationToken: ct);
            await Task.Delay(250, ct);
        }
        throw new InvalidOperationException($"No code reached {address}.");
    }

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex Code();
}
