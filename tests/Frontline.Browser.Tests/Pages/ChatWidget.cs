using Microsoft.Playwright;

namespace Frontline.Browser.Tests.Pages;

/// <summary>The chat widget as a visitor sees it on a page that embeds it: the button, and the conversation in its frame.</summary>
public sealed class ChatWidget(IPage page)
{
    private IFrameLocator Frame => page.FrameLocator("#frontline-chat-frame");
    public ILocator Button => page.Locator("#frontline-chat-button");
    public ILocator Reference => Frame.Locator("#chat-reference");
    public ILocator Messages => Frame.Locator("#chat-messages li");
    public ILocator Error => Frame.Locator("#chat-error");
    public ILocator Verification => Frame.Locator("#chat-verify");
    public ILocator CodeField => Frame.GetByLabel("Code from the e-mail");

    public async Task<ChatWidget> OpenOnAsync(string url)
    {
        await page.GotoAsync(url);
        await Button.ClickAsync();
        return this;
    }

    public async Task StartAsync(string name, string email, string topic, string message)
    {
        await Frame.GetByLabel("Your name").FillAsync(name);
        await Frame.GetByLabel("Your e-mail address").FillAsync(email);
        await Frame.GetByLabel("Topic").SelectOptionAsync(new SelectOptionValue { Label = topic });
        await Frame.GetByLabel("Your message").FillAsync(message);
        await Frame.GetByRole(AriaRole.Button, new() { Name = "Start chat" }).ClickAsync();
    }

    public async Task SayAsync(string text)
    {
        await Frame.GetByLabel("Message", new() { Exact = true }).FillAsync(text);
        await Frame.GetByLabel("Message", new() { Exact = true }).PressAsync("Enter");
    }

    /// <summary>Asks for a one-time code at the address the visitor gave; the field to type it appears.</summary>
    public async Task SendCodeAsync()
    {
        await Frame.GetByRole(AriaRole.Button, new() { Name = "Send me a code" }).ClickAsync();
        await Assertions.Expect(CodeField).ToBeVisibleAsync();
    }

    public async Task ConfirmCodeAsync(string code)
    {
        await CodeField.FillAsync(code);
        await Frame.GetByRole(AriaRole.Button, new() { Name = "Confirm" }).ClickAsync();
    }

    public Task EndAsync() => Frame.GetByRole(AriaRole.Button, new() { Name = "End chat" }).ClickAsync();
}
