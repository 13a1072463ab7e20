using System.Text.RegularExpressions;
using Frontline.Browser.Tests.Pages;
using static Microsoft.Playwright.Assertions;

namespace Frontline.Browser.Tests.Journeys;

/// <summary>The essay's first story: Dana's TV remote, 23 days out of warranty, at the store counter.</summary>
[Collection(nameof(DemoSite))]
public sealed class AgentFindsTheRemoteCustomer(DemoSite site)
{
    [Fact]
    public async Task Agent_signs_in_finds_the_remote_customer_and_opens_the_case()
    {
        var page = await site.NewPageAsync();
        var signIn = await new SignInPage(page).OpenAsync();
        await Screenshots.SaveAsync(page, "sign-in.png");

        var search = await signIn.SignInAsync(DemoSite.Agent, DemoSite.Password);
        await search.SearchAsync("Dana");
        var customer = await search.OpenCustomerAsync("Dana Whitfield");

        await Expect(customer.Name).ToHaveTextAsync("Dana Whitfield");
        await Expect(page.Locator("#why-they-matter")).ToHaveTextAsync(new Regex("14 devices on record"));
        await Expect(customer.Warranty("out of warranty by 23 days")).ToBeVisibleAsync();
        await Expect(customer.AssetsHeading).ToHaveTextAsync("Assets (14)");
        await Expect(customer.Assets).ToHaveCountAsync(14);
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
        await Screenshots.SaveAsync(page, "customer.png");

        var @case = await customer.OpenCaseAsync("TV remote stopped working");

        await Expect(@case.Heading).ToHaveTextAsync(new Regex(@"^C-\d{6}: TV remote stopped working$"));
        await Expect(@case.Status).ToHaveTextAsync("Open");
        await Expect(@case.Timeline.Filter(new() { HasText = "no buttons respond, new batteries did not help" })).ToBeVisibleAsync();
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
        await Screenshots.SaveAsync(page, "case.png");
    }
}
