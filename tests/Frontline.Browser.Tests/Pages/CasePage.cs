using Microsoft.Playwright;

namespace Frontline.Browser.Tests.Pages;

/// <summary>/cases/{id}: the case's number and subject, its status, what the agent does on it, and its timeline.</summary>
public sealed class CasePage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });
    public ILocator Status => page.Locator("#case-status");
    public ILocator Timeline => page.Locator(".timeline-body");
    public ILocator Error => page.Locator("#case-action-error");
    public GesturePanel Gestures => new(page);
    public ILocator Composer => page.Locator("#composer");
    /// <summary>The warning shown while a chat's visitor has not proved who they are.</summary>
    public ILocator Unverified => page.Locator("#case-unverified");
    public ILocator Customer360 => page.Locator("#case-360");

    /// <summary>Answers on the case's channel with the composer, sent with Ctrl+Enter.</summary>
    public async Task ReplyAsync(string text)
    {
        await Interactivity.WaitAsync(page);
        await page.Locator("#composer-body").FillAsync(text);
        // Send is enabled once the server holds the words, so Ctrl+Enter sends them and not an earlier, empty draft
        await Assertions.Expect(page.Locator("#composer-send")).ToBeEnabledAsync();
        await page.Locator("#composer-body").PressAsync("Control+Enter");
    }

    /// <summary>Adds a file to the e-mail reply being written; it shows as a chip once the server has read it.</summary>
    public async Task AttachAsync(string name, string type, byte[] content)
    {
        await Interactivity.WaitAsync(page);
        await page.Locator("#composer-files").SetInputFilesAsync(new FilePayload { Name = name, MimeType = type, Buffer = content });
        await Assertions.Expect(page.Locator(".composer-file").Filter(new() { HasText = name })).ToBeVisibleAsync();
    }

    /// <summary>Resolves once the page listens for live changes to its case.</summary>
    public Task LiveAsync() => page.WaitForFunctionAsync("() => document.body.dataset.liveCase !== undefined");

    public async Task AddToTimelineAsync(string text)
    {
        await Interactivity.WaitAsync(page);
        await page.Locator("#touchpoint-body").FillAsync(text);
        await page.Locator("#touchpoint-add").ClickAsync();
    }

    /// <summary>The snackbar that offers to undo a resolution for a few seconds.</summary>
    public ILocator ResolvedSnackbar => page.Locator(".mud-snackbar").Filter(new() { HasText = "Resolved" });

    /// <summary>Resolves with the note the form asks for; the snackbar then offers Undo for a few seconds.</summary>
    public async Task ResolveAsync(string note)
    {
        await MoveToAsync("Resolve…");
        await page.Locator("#resolution-note").FillAsync(note);
        await Assertions.Expect(page.Locator("#resolve-confirm")).ToBeEnabledAsync();
        await page.Locator("#resolve-confirm").ClickAsync();
    }

    public Task UndoResolutionAsync() => ResolvedSnackbar.GetByRole(AriaRole.Button, new() { Name = "Undo" }).ClickAsync();

    /// <summary>Clicks a status button by its words: "Pending", "Resolve…", "Back to open", "Reopen".</summary>
    public async Task MoveToAsync(string verb)
    {
        await Interactivity.WaitAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = verb, Exact = true }).ClickAsync();
    }
}
