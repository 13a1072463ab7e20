using Microsoft.Playwright;

namespace Frontline.Browser.Tests.Pages;

/// <summary>/login: the plain server-rendered sign-in form.</summary>
public sealed class SignInPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Sign in to Frontline" });
    public ILocator Error => page.GetByRole(AriaRole.Alert);

    public async Task<SignInPage> OpenAsync()
    {
        await page.GotoAsync("/login");
        return this;
    }

    public async Task SubmitAsync(string email, string password)
    {
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    public async Task<CustomerSearchPage> SignInAsync(string email, string password)
    {
        await SubmitAsync(email, password);
        await page.WaitForURLAsync(url => !new Uri(url).AbsolutePath.StartsWith("/login"), Navigation.Committed);
        // every staff page after the sign-in runs interactively; a link clicked before that can be lost
        await Interactivity.WaitAsync(page);
        return new CustomerSearchPage(page);
    }
}
