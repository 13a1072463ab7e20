using Frontline.Browser.Tests.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Frontline.Browser.Tests.Journeys;

/// <summary>The case screen: the customer at a glance beside the case, and the ELASTIC guide worked from the keyboard.</summary>
[Collection(nameof(DemoSite))]
public sealed class AgentUsesTheCaseScreen(DemoSite site)
{
    [Fact]
    public async Task The_case_shows_the_customer_360_and_the_agent_records_ELASTIC_steps_with_shortcuts()
    {
        var page = await site.NewPageAsync();
        var search = await (await new SignInPage(page).OpenAsync()).SignInAsync(DemoSite.Agent, DemoSite.Password);
        await search.SearchAsync("Siti");
        var @case = await (await search.OpenCustomerAsync("Siti Rahman")).OpenCaseAsync("Unaccompanied minor");
        await @case.LiveAsync();

        var summary = page.Locator("#case-360");
        await Expect(summary).ToContainTextAsync("Siti Rahman");
        await Expect(summary.Locator("#assets-360")).ToContainTextAsync("Return ticket, business class");

        await page.Locator("h1").ClickAsync(); // the keys act when no field has the focus
        await page.Keyboard.PressAsync("?");
        await Expect(page.Locator("#shortcut-hint")).ToContainTextAsync("next ELASTIC step");
        await page.Keyboard.PressAsync("e");
        await page.Locator("#elastic-note").FillAsync("Heard how worried she is about the children flying alone.");
        await page.Locator("#elastic-record").ClickAsync();
        await Expect(page.Locator("[data-step=Empathize]")).ToContainTextAsync("Heard how worried she is");
        await Expect(page.Locator("[data-step=Empathize]")).ToContainTextAsync("Alex Agent");
        await page.Locator("h1").ClickAsync();
        await page.Keyboard.PressAsync("r");
        await Expect(page.Locator("#composer-body")).ToBeFocusedAsync();

        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
        await Screenshots.SaveAsync(page, "case-screen.png");

        // l opens the quick log of a call; open, it is as usable
        await page.Locator("h1").ClickAsync();
        await page.Keyboard.PressAsync("l");
        await Expect(page.Locator("#quick-log")).ToContainTextAsync("They called");
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
    }
}
