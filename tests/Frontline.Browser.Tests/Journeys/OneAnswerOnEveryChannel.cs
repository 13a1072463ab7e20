using System.Text.RegularExpressions;
using Frontline.Browser.Tests.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Frontline.Browser.Tests.Journeys;

/// <summary>
/// The same answer on every channel: a manager publishes an article, an agent puts it and a quoted price into an
/// e-mail reply, and a customer reads the same article on the help pages.
/// </summary>
[Collection(nameof(DemoSite))]
public sealed class OneAnswerOnEveryChannel(DemoSite site)
{
    [Fact]
    public async Task A_published_article_reaches_an_agents_reply_with_a_quoted_price_and_the_customers_help_pages()
    {
        var manager = await site.NewPageAsync();
        await (await new SignInPage(manager).OpenAsync()).SignInAsync(DemoSite.Manager, DemoSite.Password);
        await manager.GotoAsync("/knowledge");
        await Interactivity.WaitAsync(manager);
        await manager.Locator("#article-new").ClickAsync();
        await manager.Locator("#article-title").FillAsync("Returning a faulty speaker");
        await manager.Locator("#article-body").FillAsync("Bring the speaker to any store or send it back free of charge within 30 days.");
        await manager.Locator("#article-published").ClickAsync();
        await manager.Locator("#article-save").ClickAsync();
        await Expect(manager.Locator("#article-shown")).ToContainTextAsync("Returning a faulty speaker");
        await manager.GetByRole(AriaRole.Tab, new() { Name = "Price list" }).ClickAsync();
        await Expect(manager.Locator("#price-list")).ToContainTextAsync("Replacement remote control");
        (await Accessibility.SeriousViolationsAsync(manager)).ShouldBeEmpty();
        await Screenshots.SaveAsync(manager, "knowledge.png");

        var agent = await site.NewPageAsync();
        var search = await (await new SignInPage(agent).OpenAsync()).SignInAsync(DemoSite.Agent, DemoSite.Password);
        await search.SearchAsync("Dana");
        var @case = await (await search.OpenCustomerAsync("Dana Whitfield")).OpenCaseAsync("TV remote stopped working");
        await Expect(@case.Composer).ToContainTextAsync("Reply by e-mail to dana.whitfield@example.com");
        await MudSelect.ChooseAsync(agent, "Insert an article", "Returning a faulty speaker");
        await MudSelect.ChooseAsync(agent, "Quote a price", "Replacement remote control (TV-REMOTE): 29.00 EUR");
        await @case.AttachAsync("return-label.pdf", "application/pdf", "%PDF-1.4 return label"u8.ToArray());
        await @case.ReplyAsync("Dear Dana, here is how returns work, and what a new remote costs.");
        await Expect(agent.Locator(".timeline li").Filter(new() { HasText = "here is how returns work" }).Locator(".attachments"))
            .ToContainTextAsync("return-label.pdf");

        await Expect(@case.Timeline.Filter(new() { HasText = "Price: Replacement remote control, 29.00 EUR" })).ToBeVisibleAsync();
        await Expect(@case.Timeline.Filter(new() { HasText = "Bring the speaker to any store" })).ToBeVisibleAsync();

        var customer = await site.NewPageAsync();
        await customer.GotoAsync("/help?q=speaker");
        await customer.GetByRole(AriaRole.Link, new() { Name = "Returning a faulty speaker" }).ClickAsync();
        await Expect(customer.Locator("#help-article")).ToContainTextAsync("send it back free of charge within 30 days");
        await customer.GotoAsync("/help?q=carrier");
        await Expect(customer.Locator("#help-none")).ToBeVisibleAsync(); // the internal draft stays with the agents
        (await Accessibility.SeriousViolationsAsync(customer)).ShouldBeEmpty();
    }

    [Fact]
    public async Task An_admin_sees_the_unreadable_message_kept_in_quarantine()
    {
        var admin = await site.NewPageAsync();
        await (await new SignInPage(admin).OpenAsync()).SignInAsync(DemoSite.Admin, DemoSite.Password);
        await AdminCentre.GoToAsync(admin, "Quarantine");

        await Expect(admin.Locator("#quarantine")).ToContainTextAsync("no readable sender address");
        var download = await admin.RunAndWaitForDownloadAsync(() => admin.Locator("#quarantine a").First.ClickAsync());
        download.SuggestedFilename.ShouldMatch(new Regex(@"^quarantined-\d+\.eml$").ToString());
        (await File.ReadAllTextAsync((await download.PathAsync())!, TestContext.Current.CancellationToken)).ShouldContain("My order never came.");
        (await Accessibility.SeriousViolationsAsync(admin)).ShouldBeEmpty();

        // the admin knows who wrote it: recovered on that address, it leaves quarantine for the customer's timeline
        await admin.Locator("#quarantine .quarantine-sender input").First.FillAsync("lost.order@example.org");
        await admin.Locator("#quarantine .quarantine-recover").First.ClickAsync();
        await Expect(admin.Locator("#quarantine-done")).ToContainTextAsync("is recorded on customer");
        await Expect(admin.Locator("#quarantine-empty")).ToBeVisibleAsync();
    }
}
