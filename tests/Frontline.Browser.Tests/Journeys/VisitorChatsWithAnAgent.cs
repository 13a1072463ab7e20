using Frontline.Browser.Tests.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Frontline.Browser.Tests.Journeys;

/// <summary>A visitor on a shop's page opens the chat widget; an agent answers from the case page; both see it live.</summary>
[Collection(nameof(DemoSite))]
public sealed class VisitorChatsWithAnAgent(DemoSite site)
{
    [Fact]
    public async Task Visitor_and_agent_talk_live_the_chat_is_the_cases_timeline_and_after_it_ends_the_answer_goes_by_email()
    {
        var visitorPage = await site.NewPageAsync();
        var widget = await new ChatWidget(visitorPage).OpenOnAsync("/chat/demo.html");
        await widget.StartAsync("Chris Chatter", "chris.chatter@example.org", "Delivery", "My parcel shows delivered but is not here.");
        await Expect(widget.Reference).ToContainTextAsync("Your reference is C-");
        await Expect(widget.Messages).ToHaveCountAsync(1);
        (await Accessibility.SeriousViolationsAsync(visitorPage)).ShouldBeEmpty();

        var agentPage = await site.NewPageAsync();
        var search = await (await new SignInPage(agentPage).OpenAsync()).SignInAsync(DemoSite.Agent, DemoSite.Password);
        await search.SearchAsync("chris.chatter@example.org");
        var @case = await (await search.OpenCustomerAsync("Chris Chatter")).OpenCaseAsync("My parcel shows delivered");
        await @case.LiveAsync();
        await Expect(@case.Timeline.Filter(new() { HasText = "My parcel shows delivered but is not here." })).ToBeVisibleAsync();
        await Expect(@case.Composer).ToContainTextAsync("Reply in the chat");

        await widget.SayAsync("The tracking number is 00340434161094042557.");
        // the agent's screen shows it without a reload
        await Expect(@case.Timeline.Filter(new() { HasText = "00340434161094042557" })).ToBeVisibleAsync();

        await @case.ReplyAsync("Thank you, Chris. I have asked the carrier; a replacement leaves today if they cannot find it.");
        await Expect(widget.Messages.Filter(new() { HasText = "a replacement leaves today" })).ToBeVisibleAsync();
        await Expect(widget.Messages.Last).ToContainTextAsync("Alex Agent");
        await Expect(@case.Timeline.Filter(new() { HasText = "a replacement leaves today" })).ToBeVisibleAsync();
        (await Accessibility.SeriousViolationsAsync(agentPage)).ShouldBeEmpty();
        await Screenshots.SaveAsync(agentPage, "case-chat.png");
        await Screenshots.SaveAsync(visitorPage, "chat-widget.png");

        // Chris leaves the chat: the next answer goes to him by e-mail
        await widget.EndAsync();
        await Expect(@case.Composer).ToContainTextAsync("The chat has ended: Reply by e-mail to chris.chatter@example.org");
        await @case.ReplyAsync("Chris, the carrier found your parcel; it arrives tomorrow.");
        await Expect(agentPage.Locator(".timeline li").Filter(new() { HasText = "the carrier found your parcel" })).ToContainTextAsync("Email · Outbound");
    }
}
