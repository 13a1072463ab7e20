using System.Text.RegularExpressions;
using Frontline.Browser.Tests.Pages;
using static Microsoft.Playwright.Assertions;

namespace Frontline.Browser.Tests.Journeys;

/// <summary>A customer who never signed in opens a case from the public form and gets a reference.</summary>
[Collection(nameof(DemoSite))]
public sealed class VisitorUsesTheWebForm(DemoSite site)
{
    [Fact]
    public async Task Visitor_opens_a_case_through_the_web_form_and_the_agent_finds_it_by_reference_with_the_file_sent()
    {
        var page = await site.NewPageAsync();
        var form = await new ContactFormPage(page).OpenAsync();

        await form.FillAsync("Vera Visitor", "vera.visitor@example.org", "Delivery", "Parcel never arrived", "Tracking says delivered, nothing here.");
        var proof = "%PDF-1.4 tracking page"u8.ToArray();
        await form.Attachment.SetInputFilesAsync(new Microsoft.Playwright.FilePayload { Name = "tracking.pdf", MimeType = "application/pdf", Buffer = proof });
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
        await form.SendAsync();

        await Expect(form.Reference).ToContainTextAsync(new Regex(@"Your reference is C-\d{6}"));
        var reference = await form.Reference.Locator("strong").InnerTextAsync();

        // the agent finds the case by its reference and opens the file Vera sent
        var agent = await site.NewPageAsync();
        var search = await (await new SignInPage(agent).OpenAsync()).SignInAsync(DemoSite.Agent, DemoSite.Password);
        var @case = await search.OpenCaseAsync(reference);
        await Expect(@case.Heading).ToContainTextAsync(reference);
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
        var form = await new ContactFormPage(page).OpenAsync();
        await form.FillAsync("Walter Words", "walter.words@example.org", "Delivery", "Box arrived crushed",
            "The box was flat and the lamp inside is broken in three places.");

        // too large: the browser says so and nothing is sent
        await form.Attachment.SetInputFilesAsync(new Microsoft.Playwright.FilePayload
        {
            Name = "video.pdf", MimeType = "application/pdf", Buffer = new byte[11 * 1024 * 1024],
        });
        (await form.Attachment.EvaluateAsync<string>("e => e.validationMessage")).ShouldContain("video.pdf is larger than 10 MB");
        await form.SendAsync();
        new Uri(page.Url).AbsolutePath.ShouldBe("/contact");
        new Uri(page.Url).Query.ShouldBeEmpty();

        // a type the server does not keep: refused there, and the form comes back filled in
        await form.Attachment.SetInputFilesAsync(new Microsoft.Playwright.FilePayload
        {
            Name = "tool.exe", MimeType = "application/x-msdownload", Buffer = new byte[100],
        });
        await form.SendAsync();

        await Expect(form.Error).ToContainTextAsync("tool.exe: files of type application/x-msdownload are not kept");
        await Expect(page.GetByLabel("Your name")).ToHaveValueAsync("Walter Words");
        await Expect(page.GetByLabel("Your e-mail address")).ToHaveValueAsync("walter.words@example.org");
        await Expect(page.GetByLabel("Topic").Locator("option:checked")).ToHaveTextAsync("Delivery");
        await Expect(page.GetByLabel("Subject")).ToHaveValueAsync("Box arrived crushed");
        await Expect(page.GetByLabel("How can we help?")).ToHaveValueAsync("The box was flat and the lamp inside is broken in three places.");
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();

        // a form on its way is not sent a second time by another click
        (await page.EvaluateAsync<bool>("""
            () => {
              const form = document.querySelector("form[data-keep]");
              form.dataset.sending = "true";
              const again = new Event("submit", { cancelable: true });
              form.dispatchEvent(again);
              delete form.dataset.sending;
              return again.defaultPrevented;
            }
            """)).ShouldBeTrue();
    }
}
