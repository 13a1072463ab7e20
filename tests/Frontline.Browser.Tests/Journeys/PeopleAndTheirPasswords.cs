using Frontline.Browser.Tests.Pages;
using static Microsoft.Playwright.Assertions;

namespace Frontline.Browser.Tests.Journeys;

/// <summary>An admin adds a person; the person changes their own password; deactivated, their open screen signs out.</summary>
[Collection(nameof(DemoSite))]
public sealed class PeopleAndTheirPasswords(DemoSite site)
{
    [Fact]
    public async Task A_person_changes_their_own_password_and_a_deactivation_closes_their_open_screen()
    {
        var email = $"robin.{Guid.NewGuid():N}@frontline.demo";
        var admin = await site.NewPageAsync();
        await (await new SignInPage(admin).OpenAsync()).SignInAsync(DemoSite.Admin, DemoSite.Password);
        var people = await new PeoplePage(admin).OpenAsync();
        await people.AddAsync("Robin Reyes", email, "Agent", "First-password-1");
        await Expect(people.Notice).ToHaveTextAsync("Robin Reyes can sign in now.");
        await Expect(people.Row(email)).ToContainTextAsync("agent");
        await Screenshots.SaveAsync(admin, "people.png");

        var robin = await site.NewPageAsync();
        await (await new SignInPage(robin).OpenAsync()).SignInAsync(email, "First-password-1");
        var password = await new ChangePasswordPage(robin).OpenFromTheTopBarAsync();
        await password.ChangeAsync("not-my-password", "Second-password-2", "Second-password-3");
        await Expect(password.Errors).ToContainTextAsync("Current password: Is not your current password.");
        await Expect(password.Errors).ToContainTextAsync("New password again: Is not the same as the new password.");
        await Screenshots.SaveAsync(robin, "change-password-refused.png");
        await password.ChangeAsync("First-password-1", "Second-password-2", "Second-password-2");
        await Expect(password.Changed).ToContainTextAsync("Your password is changed.");
        await Screenshots.SaveAsync(robin, "change-password.png");

        await password.SignOutAsync();
        var signIn = new SignInPage(robin);
        await signIn.SubmitAsync(email, "First-password-1");
        await Expect(signIn.Error).ToContainTextAsync("The e-mail address or password is not right.");
        await signIn.SignInAsync(email, "Second-password-2");

        await people.DeactivateAsync("Robin Reyes");
        await Expect(people.Notice).ToHaveTextAsync("Robin Reyes is deactivated and signed out everywhere.");
        // the open screen asks every 30 seconds whether its session still lives
        await Expect(signIn.Heading).ToBeVisibleAsync(new() { Timeout = 60_000 });
        (await Accessibility.SeriousViolationsAsync(admin)).ShouldBeEmpty();
    }
}
