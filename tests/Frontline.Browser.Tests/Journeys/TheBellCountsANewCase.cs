using System.Text.Json;
using Frontline.Browser.Tests.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Frontline.Browser.Tests.Journeys;

/// <summary>
/// Alex works on the queues; Lea, the team lead, opens a case for Alex from the CRM. Alex's bell counts it at once,
/// without a reload, and its panel leads straight to the case.
/// </summary>
[Collection(nameof(DemoSite))]
public sealed class TheBellCountsANewCase(DemoSite site)
{
    [Fact]
    public async Task An_agents_bell_counts_a_case_given_to_them_while_their_page_is_open_and_leads_to_it()
    {
        var agent = await site.NewPageAsync();
        await (await new SignInPage(agent).OpenAsync()).SignInAsync(DemoSite.Agent, DemoSite.Password);
        (await agent.APIRequest.PostAsync("/api/v1/me/notifications/read-all")).Status.ShouldBe(200);
        await agent.GotoAsync("/queues");
        await Interactivity.WaitAsync(agent);
        var bell = new NotificationBell(agent);
        await bell.ListeningAsync();
        await Expect(bell.Count).ToHaveCountAsync(0);
        var me = JsonDocument.Parse(await (await agent.APIRequest.GetAsync("/api/v1/me")).TextAsync()).RootElement;

        // the lead, signed in apart from Alex, opens a case for Alex through the API
        var lead = await site.NewPageAsync();
        await (await new SignInPage(lead).OpenAsync()).SignInAsync(DemoSite.TeamLead, DemoSite.Password);
        var category = JsonDocument.Parse(await (await lead.APIRequest.GetAsync("/api/v1/categories")).TextAsync()).RootElement[0];
        var customer = await lead.APIRequest.PostAsync("/api/v1/customers", new()
        {
            DataObject = new { name = "Nora Bell", emails = new[] { $"nora.{Guid.NewGuid():N}@example.com" } },
        });
        customer.Status.ShouldBe(201, await customer.TextAsync());
        var opened = await lead.APIRequest.PostAsync("/api/v1/cases", new()
        {
            DataObject = new
            {
                customerId = JsonDocument.Parse(await customer.TextAsync()).RootElement.GetProperty("id").GetInt64(),
                categoryId = category.GetProperty("id").GetInt64(), subject = "Doorbell rings twice", channel = "Phone",
                assigneeId = me.GetProperty("agentId").GetInt64(),
            },
        });
        opened.Status.ShouldBe(201, await opened.TextAsync());
        var caseId = JsonDocument.Parse(await opened.TextAsync()).RootElement.GetProperty("id").GetInt64();

        await Expect(bell.Count).ToHaveTextAsync("1");
        await Expect(bell.Button).ToHaveAttributeAsync("aria-label", "Notifications, 1 unread");
        await bell.OpenAsync();
        var link = bell.Link("Doorbell rings twice");
        await Expect(link).ToContainTextAsync("opened case C-");
        await Screenshots.SaveAsync(agent, "notifications-bell.png");
        (await Accessibility.SeriousViolationsAsync(agent)).ShouldBeEmpty();
        await link.ClickAsync();
        await agent.WaitForURLAsync($"**/cases/{caseId}", Navigation.Committed);
        await Expect(bell.Count).ToHaveCountAsync(0);
    }
}
