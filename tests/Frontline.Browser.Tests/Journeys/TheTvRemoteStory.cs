using System.Text.RegularExpressions;
using Frontline.Browser.Tests.Pages;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Frontline.Browser.Tests.Journeys;

/// <summary>
/// The essay's first story, resolved at the first contact through the UI: Dana's TV remote, 23 days out of
/// warranty; the agent sees her 14 devices, the guideline offers a free replacement, the agent grants it and
/// resolves the case; Dana confirms in the portal, and the agent's screen shows the case closed.
/// </summary>
[Collection(nameof(DemoSite))]
public sealed partial class TheTvRemoteStory(DemoSite site)
{
    [Fact]
    public async Task The_remote_is_replaced_at_the_counter_and_the_customer_confirms_the_closure_in_the_portal()
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
        await @case.LiveAsync();
        await Expect(@case.Heading).ToHaveTextAsync(new Regex(@"^C-\d{6}: TV remote stopped working$"));
        await Expect(@case.Timeline.Filter(new() { HasText = "no buttons respond, new batteries did not help" })).ToBeVisibleAsync();
        await Expect(page.Locator("#assets-360")).ToContainTextAsync("TV remote control: out of warranty by 23 days (this case)");
        await Expect(page.Locator("#case-360 #why-they-matter")).ToContainTextAsync("14 devices on record");
        await Screenshots.SaveAsync(page, "case.png");

        var panel = @case.Gestures;
        await Expect(panel.Sandbox).ToContainTextAsync("You may replace for free up to 50.00 EUR each");
        await Expect(panel.Option("free-replacement")).ToContainTextAsync("within your authority");
        await Expect(panel.Alternatives).ToContainTextAsync("Sell a new remote at 20% off");
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
        await Screenshots.SaveAsync(page, "gesture-panel.png");
        await panel.GrantAsync("Loyal customer with 14 devices; the remote failed 23 days after its warranty.");
        await Expect(panel.Granted).ToContainTextAsync("Granted free replacement of 29.00 EUR");
        await Expect(@case.Timeline.Filter(new() { HasText = "Granted free replacement of 29.00 EUR" })).ToBeVisibleAsync();
        await Expect(panel.Sandbox).ToContainTextAsync("271.00 EUR of your team's 300.00 EUR this week is left");
        await @case.ResolveAsync("Sent Dana a new remote under the free replacement.");
        await Expect(@case.Status).ToHaveTextAsync("Resolved");
        // the question waits out the moment to undo, then shows on the timeline as it goes to Dana
        await Expect(@case.Timeline.Filter(new() { HasText = "We believe your request is solved" })).ToBeVisibleAsync(new() { Timeout = 30_000 });

        // Dana follows the link in the e-mail that asks her to confirm
        var link = await MailedLinkAsync("dana.whitfield@example.com");
        var dana = await site.NewPageAsync();
        await dana.GotoAsync(link);
        await dana.Locator("#portal-enter").ClickAsync();
        await Expect(dana.Locator("#portal-status")).ToContainTextAsync("Solved: please confirm");
        await Expect(dana.Locator("#portal-messages")).ToContainTextAsync("We believe your request is solved");
        (await Accessibility.SeriousViolationsAsync(dana)).ShouldBeEmpty();
        await Screenshots.SaveAsync(dana, "portal.png");
        await dana.Locator("#portal-confirm").ClickAsync();
        await Expect(dana.Locator("#portal-status")).ToContainTextAsync("Closed");

        // the agent's screen follows without a reload
        await Expect(@case.Status).ToHaveTextAsync("Closed");
        await Expect(@case.Timeline.Filter(new() { HasText = "The customer confirmed it is solved." })).ToBeVisibleAsync();

        // while she is there, Dana asks something new from her own cases, without filling in who she is
        await dana.GetByRole(AriaRole.Link, new() { Name = "Your cases" }).ClickAsync();
        await dana.Locator("#portal-new-case").ClickAsync();
        await dana.GetByLabel("Topic").SelectOptionAsync(new SelectOptionValue { Label = "Warranty and repair" });
        await dana.GetByLabel("Subject").FillAsync("Wall mount for the new TV");
        await dana.GetByLabel("How can we help?").FillAsync("Which wall mount fits the 55-inch set?");
        await dana.Locator("#attachment").SetInputFilesAsync(new FilePayload { Name = "wall.jpg", MimeType = "image/jpeg", Buffer = [0xFF, 0xD8, 0xFF, 0xE0] });
        (await Accessibility.SeriousViolationsAsync(dana)).ShouldBeEmpty();
        await dana.Locator("#portal-open").ClickAsync();
        await Expect(dana.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new Regex(@"^C-\d{6}: Wall mount for the new TV$"));
        await Expect(dana.Locator("#portal-status")).ToContainTextAsync("We are working on it");
        await Expect(dana.Locator("#portal-messages")).ToContainTextAsync("Which wall mount fits the 55-inch set?");
        await Expect(dana.Locator("#portal-messages .attachments")).ToContainTextAsync("wall.jpg");
    }

    /// <summary>The newest portal link mailed to the address, read from the demo's own database (it has no mail server).</summary>
    private async Task<string> MailedLinkAsync(string address)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(site.Server.DataDirectory, "frontline.db")};Mode=ReadOnly");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT body FROM outbound_emails WHERE \"to\" = $to ORDER BY id DESC LIMIT 1";
        command.Parameters.AddWithValue("$to", address);
        var body = (string?)await command.ExecuteScalarAsync(TestContext.Current.CancellationToken) ?? throw new InvalidOperationException($"No mail to {address}.");
        return Link().Match(body).Value;
    }

    [GeneratedRegex(@"http://\S+/portal/enter\?token=[A-Za-z0-9_-]+")]
    private static partial Regex Link();
}
