using Frontline.Browser.Tests.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Frontline.Browser.Tests.Journeys;

/// <summary>Every page names itself in the tab, public ones too; a mistyped address gets a page with a way home.</summary>
[Collection(nameof(DemoSite))]
public sealed partial class EveryPageHasATitle(DemoSite site)
{
    private static readonly string[] Public = ["/login", "/contact", "/help", "/portal"];

    private static readonly string[] Staff =
    [
        "/", "/queues", "/knowledge", "/approvals", "/guidelines", "/authority", "/service-levels", "/account",
        "/account/password", "/admin", "/admin/people", "/admin/teams", "/admin/categories", "/admin/gesture-kinds",
        "/api-keys", "/admin/outbox", "/admin/mail", "/quarantine", "/admin/events", "/admin/audit", "/admin/webhooks",
    ];

    [Fact]
    public async Task Every_page_has_a_title_of_its_own()
    {
        var page = await site.NewPageAsync();
        foreach (var path in Public)
        {
            await page.GotoAsync(path);
            await Expect(page).ToHaveTitleAsync(Titled());
        }
        await (await new SignInPage(page).OpenAsync()).SignInAsync(DemoSite.Admin, DemoSite.Password);
        foreach (var path in Staff)
        {
            await page.GotoAsync(path);
            // an interactive page sets its title again once it runs: wait for it rather than read it once
            await Expect(page).ToHaveTitleAsync(Titled(), new() { Timeout = 15_000 });
        }
        (await page.EvaluateAsync<string>("() => document.querySelector(\"link[rel='icon']\").href")).ShouldContain("favicon");
    }

    [Fact]
    public async Task A_mistyped_address_shows_a_page_with_a_way_home()
    {
        var page = await site.NewPageAsync();
        await (await new SignInPage(page).OpenAsync()).SignInAsync(DemoSite.Agent, DemoSite.Password);

        var answer = await page.GotoAsync("/quees");

        answer!.Status.ShouldBe(404);
        await Expect(page).ToHaveTitleAsync("Page not found · Frontline");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Page not found" })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "not-found.png");
        await page.GetByRole(AriaRole.Link, new() { Name = "Go to the start page" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/", Navigation.Committed);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\S.* · Frontline$")]
    private static partial System.Text.RegularExpressions.Regex Titled();
}
