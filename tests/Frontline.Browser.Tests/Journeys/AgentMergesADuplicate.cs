using Frontline.Browser.Tests.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Frontline.Browser.Tests.Journeys;

/// <summary>One person wrote in from two addresses; the agent makes them one customer and the history says so.</summary>
[Collection(nameof(DemoSite))]
public sealed class AgentMergesADuplicate(DemoSite site)
{
    [Fact]
    public async Task Agent_merges_a_duplicate_and_its_case_and_address_move_over()
    {
        var visitor = await site.NewPageAsync();
        await WriteInAsync(visitor, "maya.merge@example.org", "Blender lid cracked");
        await WriteInAsync(visitor, "maya.m@work.example.org", "Blender lid still cracked");

        var agent = await site.NewPageAsync();
        var search = await (await new SignInPage(agent).OpenAsync()).SignInAsync(DemoSite.Agent, DemoSite.Password);
        await search.SearchAsync("maya.merge@example.org");
        await search.OpenCustomerAsync("Maya Merge");
        await Interactivity.WaitAsync(agent);
        await agent.GetByText("Merge a duplicate into Maya Merge").ClickAsync();
        await agent.Locator("#merge-search").FillAsync("maya.m@work.example.org");
        await agent.GetByRole(AriaRole.Button, new() { Name = "Merge into Maya Merge" }).ClickAsync();
        await agent.Locator("#merge-confirm").ClickAsync();

        await Expect(agent.Locator("#merge-history")).ToContainTextAsync("Maya Merge");
        await Expect(agent.Locator("#merge-history")).ToContainTextAsync("1 cases");
        await Expect(agent.GetByRole(AriaRole.Row).Filter(new() { HasText = "Blender lid still cracked" })).ToBeVisibleAsync();
        await Expect(agent.GetByText("maya.m@work.example.org")).ToBeVisibleAsync();
        (await Accessibility.SeriousViolationsAsync(agent)).ShouldBeEmpty();
    }

    private static async Task WriteInAsync(IPage page, string email, string subject)
    {
        var form = await new ContactFormPage(page).OpenAsync();
        await form.FillAsync("Maya Merge", email, "Complaint", subject, "The lid cracked after a week.");
        await form.SendAsync();
        await Expect(form.Reference).ToBeVisibleAsync();
    }
}
