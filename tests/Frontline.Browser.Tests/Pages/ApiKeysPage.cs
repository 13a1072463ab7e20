using Microsoft.Playwright;

namespace Frontline.Browser.Tests.Pages;

/// <summary>/api-keys: the admin's keys and service accounts; a new key's secret is shown once.</summary>
public sealed class ApiKeysPage(IPage page)
{
    public ILocator Secret => page.Locator("#issued-secret");
    public ILocator Error => page.Locator("#keys-error");
    public ILocator Keys => page.Locator("#api-keys");
    public ILocator Accounts => page.Locator("#service-accounts");

    public async Task<ApiKeysPage> OpenAsync()
    {
        await page.GotoAsync("/api-keys");
        await Interactivity.WaitAsync(page);
        return this;
    }

    public async Task CreateServiceAccountAsync(string name, string team, string description)
    {
        await page.Locator("#account-name").FillAsync(name);
        await page.Locator("#account-team").SelectOptionAsync(new SelectOptionValue { Label = team });
        await page.Locator("#account-description").FillAsync(description);
        await page.Locator("#account-create").ClickAsync();
    }

    public async Task IssueAsync(string name, string role, string actsFor)
    {
        await page.Locator("#key-name").FillAsync(name);
        await page.Locator("#key-role").SelectOptionAsync(new SelectOptionValue { Label = role });
        await page.Locator("#key-acts-for").SelectOptionAsync(new SelectOptionValue { Label = actsFor });
        await page.Locator("#key-issue").ClickAsync();
    }
}
