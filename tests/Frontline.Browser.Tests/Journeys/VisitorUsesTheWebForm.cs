using System.Text.RegularExpressions;
using Frontline.Browser.Tests.Pages;
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
        var proof = "%PDF-1.4 tracking page"u8.ToArray();
        await page.Locator("#attachment").SetInputFilesAsync(new Microsoft.Playwright.FilePayload { Name = "tracking.pdf", MimeType = "application/pdf", Buffer = proof });
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Send" }).ClickAsync();

        await Expect(page.Locator("#contact-reference")).ToContainTextAsync(new Regex(@"Your reference is C-\d{6}"));
        var reference = await page.Locator("#contact-reference strong").InnerTextAsync();

        // the agent finds the case by its reference and opens the file Vera sent
        var agent = await site.NewPageAsync();
        var search = await new SignInPage(agent).OpenAsync();
        await search.SignInAsync(DemoSite.Agent, DemoSite.Password);
        await Interactivity.WaitAsync(agent);
        await agent.Locator("#customer-search").FillAsync(reference);
        await agent.Locator("#customer-search").PressAsync("Enter");
        await agent.WaitForURLAsync("**/cases/*", Navigation.Committed);
        var file = agent.Locator(".attachments a").Filter(new() { HasText = "tracking.pdf" });
        await Expect(file).ToBeVisibleAsync();
        var download = await agent.RunAndWaitForDownloadAsync(() => file.ClickAsync());
        download.SuggestedFilename.ShouldBe("tracking.pdf");
        (await File.ReadAllBytesAsync((await download.PathAsync())!, TestContext.Current.CancellationToken)).ShouldBe(proof);
    }

    [Fact]
    public async Task A_file_too_large_is_refused_before_sending_and_a_refused_form_comes_back_with_the_visitors_words()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/contact");
        await page.GetByLabel("Your name").FillAsync("Walter Words");
        await page.GetByLabel("Your e-mail address").FillAsync("walter.words@example.org");
        await page.GetByLabel("Topic").SelectOptionAsync(new Microsoft.Playwright.SelectOptionValue { Label = "Delivery" });
        await page.GetByLabel("Subject").FillAsync("Box arrived crushed");
        await page.GetByLabel("How can we help?").FillAsync("The box was flat and the lamp inside is broken in three places.");

        // too large: the browser says so and nothing is sent
        await page.Locator("#attachment").SetInputFilesAsync(new Microsoft.Playwright.FilePayload
        {
            Name = "video.pdf", MimeType = "application/pdf", Buffer = new byte[11 * 1024 * 1024],
        });
        (await page.Locator("#attachment").EvaluateAsync<string>("e => e.validationMessage")).ShouldContain("video.pdf is larger than 10 MB");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        new Uri(page.Url).AbsolutePath.ShouldBe("/contact");
        new Uri(page.Url).Query.ShouldBeEmpty();

        // a type the server does not keep: refused there, and the form comes back filled in
        await page.Locator("#attachment").SetInputFilesAsync(new Microsoft.Playwright.FilePayload
        {
            Name = "tool.exe", MimeType = "application/x-msdownload", Buffer = new byte[100],
        });
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Send" }).ClickAsync();

        await Expect(page.Locator("#contact-error")).ToContainTextAsync("tool.exe: files of type application/x-msdownload are not kept");
        await Expect(page.GetByLabel("Your name")).ToHaveValueAsync("Walter Words");
        await Expect(page.GetByLabel("Your e-mail address")).ToHaveValueAsync("walter.words@example.org");
        await Expect(page.GetByLabel("Topic").Locator("option:checked")).ToHaveTextAsync("Delivery");
        await Expect(page.GetByLabel("Subject")).ToHaveValueAsync("Box arrived crushed");
        await Expect(page.GetByLabel("How can we help?")).ToHaveValueAsync("The box was flat and the lamp inside is broken in three places.");
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
    }
}
