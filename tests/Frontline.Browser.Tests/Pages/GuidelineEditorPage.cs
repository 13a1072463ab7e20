using Microsoft.Playwright;

namespace Frontline.Browser.Tests.Pages;

/// <summary>/guidelines and /guidelines/{id}: the list by category, and the editor that writes a new version on save.</summary>
public sealed class GuidelineEditorPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });
    public ILocator Versions => page.Locator("#guideline-versions");
    public ILocator Errors => page.Locator("#guideline-errors");
    public ILocator Saved => page.Locator("#guideline-saved");

    public async Task<GuidelineEditorPage> OpenAsync(string name)
    {
        await page.GotoAsync("/guidelines");
        await Interactivity.WaitAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/guidelines/*", Navigation.Committed);
        await Assertions.Expect(Heading).ToHaveTextAsync(name);
        return this;
    }

    public async Task AddAlternativeAsync(string text)
    {
        var rows = page.Locator("[data-row='alternative']");
        var before = await rows.CountAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add alternative" }).ClickAsync();
        await Assertions.Expect(rows).ToHaveCountAsync(before + 1);
        await rows.Last.Locator("input").FillAsync(text);
    }

    /// <summary>Removes every row of a kind: "gesture", "alternative" or "condition".</summary>
    public async Task RemoveAllAsync(string row)
    {
        while (await page.Locator($"[data-row='{row}']").CountAsync() > 0)
        {
            var before = await page.Locator($"[data-row='{row}']").CountAsync();
            await page.Locator($"[data-row='{row}'] button[aria-label^='Remove']").First.ClickAsync();
            await Assertions.Expect(page.Locator($"[data-row='{row}']")).ToHaveCountAsync(before - 1);
        }
    }

    public Task SaveAsync() => page.Locator("#guideline-save").ClickAsync();
}
