using Microsoft.Playwright;

namespace Frontline.Browser.Tests.Pages;

/// <summary>/account/password: a person changes their own password (reached by "Password" in the top bar).</summary>
public sealed class ChangePasswordPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Change your password" });
    public ILocator Errors => page.Locator("#password-errors");
    public ILocator Changed => page.Locator("#password-changed");

    public async Task<ChangePasswordPage> OpenFromTheTopBarAsync()
    {
        await page.Locator("#change-password").ClickAsync();
        await page.WaitForURLAsync("**/account/password");
        return this;
    }

    public async Task ChangeAsync(string current, string next, string repeat)
    {
        await page.GetByLabel("Current password").FillAsync(current);
        await page.GetByLabel("New password", new() { Exact = true }).FillAsync(next);
        await page.GetByLabel("New password again").FillAsync(repeat);
        await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        await page.WaitForLoadStateAsync();
    }

    public async Task SignOutAsync()
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync("**/login");
    }
}
