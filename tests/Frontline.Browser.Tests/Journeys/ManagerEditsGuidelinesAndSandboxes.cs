using Frontline.Browser.Tests.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Frontline.Browser.Tests.Journeys;

/// <summary>A manager writes a new version of a guideline, is stopped from leaving agents with only a no, and reads the sandboxes.</summary>
[Collection(nameof(DemoSite))]
public sealed class ManagerEditsGuidelinesAndSandboxes(DemoSite site)
{
    [Fact]
    public async Task Manager_saves_a_new_guideline_version_and_cannot_leave_only_a_no()
    {
        var page = await site.NewPageAsync();
        await (await new SignInPage(page).OpenAsync()).SignInAsync(DemoSite.Manager, DemoSite.Password);
        var editor = await new GuidelineEditorPage(page).OpenAsync("Unaccompanied minor service");

        await Expect(editor.Heading).ToHaveTextAsync("Unaccompanied minor service");
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
        await Screenshots.SaveAsync(page, "guideline-editor.png");

        await editor.AddAlternativeAsync("Seat the children next to a crew member's station");
        await editor.SaveAsync();
        await Expect(editor.Saved).ToHaveTextAsync("Saved as version 2.");
        await Expect(editor.Versions).ToContainTextAsync("Morgan Manager");

        await editor.RemoveAllAsync("gesture");
        await editor.RemoveAllAsync("alternative");
        await editor.SaveAsync();
        await Expect(editor.Errors).ToContainTextAsync("a guideline must never leave an agent with only a no");
    }

    [Fact]
    public async Task Manager_reads_the_grants_in_force_and_adds_one()
    {
        var page = await site.NewPageAsync();
        await (await new SignInPage(page).OpenAsync()).SignInAsync(DemoSite.Manager, DemoSite.Password);
        await page.GotoAsync("/authority");
        await Interactivity.WaitAsync(page);
        var grants = page.Locator("#grants tbody tr");

        await Expect(grants.Filter(new() { HasText = "team Store Berlin Mitte" })).ToContainTextAsync("300.00 EUR a week, per team");
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();

        await MudSelect.ChooseAsync(page, "Role", "team lead");
        await MudSelect.ChooseAsync(page, "Gesture", "Expedite");
        await page.Locator("#grant-max").FillAsync("40");
        await page.Locator("#grant-add").ClickAsync();

        await Expect(page.Locator("#grant-message")).ToContainTextAsync("role team lead may grant expedite up to 40.00 EUR each");
        await Expect(grants.Filter(new() { HasText = "Expedite" })).ToHaveCountAsync(1);
    }
}
