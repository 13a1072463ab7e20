using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Frontline.Browser.Tests.Journeys;

/// <summary>A customer who never signed in opens a case from the public form and gets a reference.</summary>
[Collection(nameof(DemoSite))]
public sealed class VisitorUsesTheWebForm(DemoSite site)
{
    [Fact]
    public async Task Visitor_opens_a_case_through_the_web_form_and_sees_its_reference()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/contact");

        await page.GetByLabel("Your name").FillAsync("Vera Visitor");
        await page.GetByLabel("Your e-mail address").FillAsync("vera.visitor@example.org");
        await page.GetByLabel("Topic").SelectOptionAsync(new Microsoft.Playwright.SelectOptionValue { Label = "Delivery" });
        await page.GetByLabel("Subject").FillAsync("Parcel never arrived");
        await page.GetByLabel("How can we help?").FillAsync("Tracking says delivered, nothing here.");
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Send" }).ClickAsync();

        await Expect(page.Locator("#contact-reference")).ToContainTextAsync(new Regex(@"Your reference is C-\d{6}"));
    }
}
