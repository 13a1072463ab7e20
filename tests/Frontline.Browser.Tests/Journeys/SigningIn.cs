using System.Web;
using Frontline.Browser.Tests.Pages;
using static Microsoft.Playwright.Assertions;

namespace Frontline.Browser.Tests.Journeys;

[Collection(nameof(DemoSite))]
public sealed class SigningIn(DemoSite site)
{
    [Fact]
    public async Task Wrong_password_shows_a_readable_message()
    {
        var page = await site.NewPageAsync();
        var signIn = await new SignInPage(page).OpenAsync();

        await signIn.SubmitAsync(DemoSite.TeamLead, "not-the-password");

        await Expect(signIn.Error).ToContainTextAsync("The e-mail address or password is not right.");
        await Expect(signIn.Heading).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Signed_out_visitor_is_sent_to_sign_in()
    {
        var page = await site.NewPageAsync();

        await page.GotoAsync("/customers/1");

        var signIn = new SignInPage(page);
        await Expect(signIn.Heading).ToBeVisibleAsync();
        var url = new Uri(page.Url);
        url.AbsolutePath.ShouldBe("/login");
        HttpUtility.ParseQueryString(url.Query)["returnUrl"].ShouldBe("/customers/1");

        await signIn.SignInAsync(DemoSite.Agent, DemoSite.Password);

        new Uri(page.Url).AbsolutePath.ShouldBe("/customers/1");
    }
}
