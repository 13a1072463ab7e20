using Frontline.Browser.Tests.Pages;
using Frontline.Tests.Webhooks;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Frontline.Browser.Tests.Journeys;

/// <summary>
/// An admin connects the shop's order system: registers its address for opened cases, copies the secret the one time
/// it shows, sees the first case's message arrive with its attempt, and sends it again.
/// </summary>
[Collection(nameof(DemoSite))]
public sealed class AdminWatchesAWebhookArrive(DemoSite site)
{
    [Fact]
    public async Task An_admin_registers_an_endpoint_sees_its_secret_once_and_replays_a_delivered_message()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var url = receiver.Url.ToString();
        var page = await site.NewPageAsync();
        await (await new SignInPage(page).OpenAsync()).SignInAsync(DemoSite.Admin, DemoSite.Password);
        await AdminCentre.GoToAsync(page, "Webhooks");
        await Interactivity.WaitAsync(page);
        var hooks = new WebhooksPage(page);

        await hooks.RegisterAsync(url, "case.opened", "Order system");
        await Expect(hooks.Secret).ToBeInViewportAsync();
        await Expect(hooks.Secret).ToContainTextAsync("Copy the signing secret now");
        var secret = (await hooks.Secret.Locator("code").TextContentAsync())!;
        secret.ShouldStartWith("whsec_");
        await Expect(hooks.Endpoint(url)).ToContainTextAsync("case.opened");
        await Expect(hooks.Endpoint(url)).ToContainTextAsync("Order system");
        await hooks.OpenAsync();
        await Expect(hooks.Secret).ToHaveCountAsync(0);
        await Expect(page.Locator("body")).Not.ToContainTextAsync(secret);

        var opened = await DemoApi.OpenCaseAsync(page, "Rosa Parcel", "Parcel arrived opened");
        var message = await hooks.MessagesUntilShownAsync(url, "case.opened", "delivered");
        await Expect(message).ToHaveCountAsync(1);
        await Expect(message).ToBeInViewportAsync();
        await Expect(message).ToContainTextAsync("delivered");
        await hooks.ShowAttemptsAsync(message);
        await Expect(hooks.Attempts).ToHaveCountAsync(1);
        await Expect(hooks.Attempts.First).ToBeInViewportAsync();
        await Expect(hooks.Attempts.First).ToContainTextAsync("200");
        await Expect(hooks.Attempts.First).ToContainTextAsync("answered 200");

        await hooks.ReplayAsync();
        await Expect(hooks.Attempts).ToHaveCountAsync(2);
        await Expect(hooks.Attempts.Last).ToContainTextAsync("answered 200");
        await Screenshots.SaveAsync(page, "webhooks.png");
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
        receiver.Received.Count.ShouldBe(2);
        receiver.Received.ShouldAllBe(r => r.Body.Contains("\"case.opened\"") && r.Body.Contains($"\"caseId\":{opened.Id}"));
        receiver.Received.Select(r => r.Id).Distinct().Count().ShouldBe(1);
    }
}
