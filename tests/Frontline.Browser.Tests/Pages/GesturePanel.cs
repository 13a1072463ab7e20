using Microsoft.Playwright;

namespace Frontline.Browser.Tests.Pages;

/// <summary>The gesture panel of a case: the sandbox, the guideline's offers, and the check-and-grant form.</summary>
public sealed class GesturePanel(IPage page)
{
    public ILocator Sandbox => page.Locator("#sandbox");
    public ILocator Verdict => page.Locator("#gesture-verdict");
    public ILocator Granted => page.Locator("#gesture-granted");
    public ILocator Requested => page.Locator("#gesture-requested");
    public ILocator Alternatives => page.Locator("#guideline-alternatives");

    /// <summary>The guideline's line for one gesture kind, e.g. "free-replacement".</summary>
    public ILocator Option(string gesture) => page.Locator($"#guideline-options li[data-gesture='{gesture}']");

    public async Task FillAsync(string gesture, decimal amount, string reason)
    {
        await Interactivity.WaitAsync(page);
        await MudSelect.ChooseAsync(page, "Gesture", gesture);
        await page.Locator("#gesture-amount").FillAsync(amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("#gesture-reason").FillAsync(reason);
    }

    public Task CheckAsync() => page.Locator("#gesture-check").ClickAsync();

    public async Task GrantAsync(string reason)
    {
        await Interactivity.WaitAsync(page);
        await page.Locator("#gesture-reason").FillAsync(reason);
        await page.Locator("#gesture-grant").ClickAsync();
    }
}
