using Microsoft.Playwright;

namespace Frontline.Browser.Tests.Pages;

/// <summary>/approvals: the requests waiting for a team lead or above, each with Approve and Decline.</summary>
public sealed class ApprovalsPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });
    public ILocator Decided => page.Locator("#approval-decided");

    public async Task<ApprovalsPage> OpenAsync()
    {
        await page.GotoAsync("/approvals");
        await Interactivity.WaitAsync(page);
        return this;
    }

    /// <summary>The request card of one customer.</summary>
    public ILocator Request(string customer) => page.Locator("[data-approval]").Filter(new() { HasText = customer });

    public async Task ApproveAsync(string customer, string note)
    {
        await Request(customer).GetByLabel("Note").FillAsync(note);
        await Request(customer).GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
    }
}
