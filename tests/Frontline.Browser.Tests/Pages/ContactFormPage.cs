using Microsoft.Playwright;

namespace Frontline.Browser.Tests.Pages;

/// <summary>/contact: the public form a visitor opens a case with, without signing in.</summary>
public sealed class ContactFormPage(IPage page)
{
    public ILocator Reference => page.Locator("#contact-reference");
    public ILocator Error => page.Locator("#contact-error");
    public ILocator Attachment => page.Locator("#attachment");

    public async Task<ContactFormPage> OpenAsync()
    {
        await page.GotoAsync("/contact");
        return this;
    }

    public async Task FillAsync(string name, string email, string topic, string subject, string words)
    {
        await page.GetByLabel("Your name").FillAsync(name);
        await page.GetByLabel("Your e-mail address").FillAsync(email);
        await page.GetByLabel("Topic").SelectOptionAsync(new SelectOptionValue { Label = topic });
        await page.GetByLabel("Subject").FillAsync(subject);
        await page.GetByLabel("How can we help?").FillAsync(words);
    }

    public Task SendAsync() => page.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
}
