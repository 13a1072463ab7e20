using Microsoft.Playwright;

namespace Frontline.Browser.Tests.Pages;

/// <summary>/admin/people: who signs in; an admin adds, edits, deactivates people and resets passwords.</summary>
public sealed class PeoplePage(IPage page)
{
    public ILocator Notice => page.Locator("#people-notice");
    public ILocator Row(string email) => page.Locator($"#people tr[data-email='{email}']");

    public async Task<PeoplePage> OpenAsync()
    {
        await AdminCentre.GoToAsync(page, "People");
        await page.WaitForURLAsync("**/admin/people");
        await Interactivity.WaitAsync(page);
        return this;
    }

    public async Task AddAsync(string name, string email, string role, string password)
    {
        await page.Locator("#person-name").FillAsync(name);
        await page.Locator("#person-email").FillAsync(email);
        await MudSelect.PickAsync(page, page.Locator(".person-role .mud-select").First, role);
        await page.Locator("#person-password").FillAsync(password);
        await page.Locator("#person-save").ClickAsync();
    }

    public Task DeactivateAsync(string name) => page.GetByRole(AriaRole.Button, new() { Name = $"Deactivate {name}" }).ClickAsync();
}
