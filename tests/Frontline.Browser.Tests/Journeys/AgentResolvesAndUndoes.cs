using Frontline.Browser.Tests.Pages;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Frontline.Browser.Tests.Journeys;

/// <summary>Resolving takes a note and can be taken back for a few seconds; closing stands apart and asks first.</summary>
[Collection(nameof(DemoSite))]
public sealed class AgentResolvesAndUndoes(DemoSite site)
{
    [Fact]
    public async Task An_agent_resolves_with_a_note_undoes_it_and_the_customer_is_never_asked()
    {
        var page = await site.NewPageAsync();
        var search = await (await new SignInPage(page).OpenAsync()).SignInAsync(DemoSite.Agent, DemoSite.Password);
        await search.SearchAsync("ravi.menon@example.com");
        var customer = await search.OpenCustomerAsync("Ravi Menon");
        var @case = await customer.OpenNewCaseAsync("Complaint", "Lounge access refused at ORD", "The lounge did not accept my card.");
        await @case.LiveAsync();

        // closing is not one of the moves: it stands apart, in red, and asks before it does anything
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Close", Exact = true })).ToHaveCountAsync(0);
        await page.Locator("#case-close").ClickAsync();
        await Expect(page.Locator("#close-confirm")).ToContainTextAsync("without the customer's confirmation? They are not asked");
        await page.Locator("#close-no").ClickAsync();
        await Expect(@case.Status).ToHaveTextAsync("Open");

        await @case.MoveToAsync("Resolve…");
        await Expect(page.Locator("#resolve-confirm")).ToBeDisabledAsync();
        await page.Locator("#resolution-note").FillAsync("Lounge pass re-issued; Ravi confirmed it works on the phone.");
        await page.Locator("#resolve-confirm").ClickAsync();

        await Expect(@case.Status).ToHaveTextAsync("Resolved");
        await Expect(@case.ResolvedSnackbar).ToContainTextAsync("the customer is asked to confirm in 6 seconds");
        await Expect(@case.Timeline.Filter(new() { HasText = "Resolution note: Lounge pass re-issued" })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "resolve-undo.png");
        await @case.UndoResolutionAsync();

        await Expect(@case.Status).ToHaveTextAsync("Open");
        await Expect(@case.Timeline.Filter(new() { HasText = "Resolution undone by Alex Agent: the case is open again." })).ToBeVisibleAsync();
        await Expect(page.Locator(".mud-snackbar").Filter(new() { HasText = "Resolution undone" })).ToBeVisibleAsync();

        // well past the moment to undo: no question went to Ravi, on the timeline or by e-mail
        await Task.Delay(TimeSpan.FromSeconds(9), TestContext.Current.CancellationToken);
        await page.ReloadAsync();
        await Interactivity.WaitAsync(page);
        await Expect(@case.Timeline.Filter(new() { HasText = "Resolution undone by Alex Agent" })).ToBeVisibleAsync();
        await Expect(@case.Timeline.Filter(new() { HasText = "We believe your request is solved" })).ToHaveCountAsync(0);
        var number = (await @case.Heading.TextContentAsync())!.Split(':')[0];
        (await AskedByMailAsync(number)).ShouldBe(0);
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
    }

    private async Task<long> AskedByMailAsync(string number)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(site.Server.DataDirectory, "frontline.db")};Mode=ReadOnly");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM outbound_emails WHERE subject LIKE $subject";
        command.Parameters.AddWithValue("$subject", $"Is it solved?%[{number}]");
        return (long)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }
}
