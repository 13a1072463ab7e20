using System.Text.Json;
using Frontline.Browser.Tests.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Frontline.Browser.Tests.Journeys;

/// <summary>
/// Alex signs in on Monday morning and lands on their work: a tile per list with its count. Lea gives Alex a case
/// from another screen, and Alex's "My open cases" goes up without a reload; a call-back Alex sets on a customer waits
/// on the home once due, and goes when done.
/// </summary>
[Collection(nameof(DemoSite))]
public sealed class AgentStartsTheDayAtHome(DemoSite site)
{
    private static readonly (string Tile, string Count)[] Tiles =
    [
        ("mine", "mine"), ("team", "team"), ("unassigned", "unassigned"), ("chats", "chatsWaiting"),
        ("due-soon", "dueSoon"), ("breached", "breached"), ("call-backs", "callBacksDue"), ("notifications", "notifications"),
    ];

    [Fact]
    public async Task An_agent_sees_their_counts_and_a_case_given_to_them_raises_one_without_a_reload()
    {
        var agent = await site.NewPageAsync();
        await (await new SignInPage(agent).OpenAsync()).SignInAsync(DemoSite.Agent, DemoSite.Password);
        await agent.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/", Navigation.Committed);
        var home = new HomePage(agent);
        await Interactivity.WaitAsync(agent);
        await home.ListeningAsync();
        await Expect(agent.Locator("#customer-search")).ToBeVisibleAsync();
        var counts = await home.CountsAsync();
        foreach (var (tile, count) in Tiles)
        {
            await Expect(home.Tile(tile)).ToBeInViewportAsync();
            await Expect(home.Count(tile)).ToHaveTextAsync(counts.GetProperty(count).GetInt32().ToString());
        }
        await Expect(home.Tile("approvals")).ToHaveCountAsync(0);
        var mine = counts.GetProperty("mine").GetInt32();
        var me = JsonDocument.Parse(await (await agent.APIRequest.GetAsync("/api/v1/me")).TextAsync()).RootElement;

        var lead = await site.NewPageAsync();
        await (await new SignInPage(lead).OpenAsync()).SignInAsync(DemoSite.TeamLead, DemoSite.Password);
        var opened = await DemoApi.OpenCaseAsync(lead, "Hana Morning", "Kettle will not switch off");
        (await lead.APIRequest.PutAsync($"/api/v1/cases/{opened.Id}/assignment", new()
        {
            DataObject = new { assigneeId = me.GetProperty("agentId").GetInt64() },
        })).Status.ShouldBe(200);

        await Expect(home.Count("mine")).ToHaveTextAsync((mine + 1).ToString());
        await Expect(home.Tile("mine")).ToHaveAttributeAsync("aria-label", $"My open cases: {mine + 1}");
        await Screenshots.SaveAsync(agent, "home.png");
        (await Accessibility.SeriousViolationsAsync(agent)).ShouldBeEmpty();
        await home.Tile("mine").ClickAsync();
        await agent.WaitForURLAsync("**/queues?name=Mine", Navigation.Committed);
        await Expect(agent.Locator($"tr[data-case='{opened.Number}']")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_call_back_set_on_a_customer_waits_on_home_once_due_and_goes_when_done()
    {
        var agent = await site.NewPageAsync();
        await (await new SignInPage(agent).OpenAsync()).SignInAsync(DemoSite.Agent, DemoSite.Password);
        var opened = await DemoApi.OpenCaseAsync(agent, "Ravi Callback", "Dishwasher leaks");

        await agent.GotoAsync($"/customers/{opened.CustomerId}");
        await Interactivity.WaitAsync(agent);
        await agent.Locator("#call-back").ClickAsync();
        await agent.Locator("#call-back-form").GetByText("In 1 hour").ClickAsync();
        await agent.Locator("#call-back-note").FillAsync("Later: confirm the engineer's visit");
        await agent.Locator("#call-back-save").ClickAsync();
        await Expect(agent.Locator("#call-back-saved")).ToContainTextAsync("due in 1 hour");
        await agent.Locator("#call-back").ClickAsync();
        await agent.Locator("#call-back-form").GetByText("Now", new() { Exact = true }).ClickAsync();
        await agent.Locator("#call-back-note").FillAsync("Ask whether the leak stopped");
        await MudSelect.PickAsync(agent, agent.Locator("#call-back-form .mud-select").First, opened.Number);
        await agent.Locator("#call-back-save").ClickAsync();
        await Expect(agent.Locator("#call-back-saved")).ToContainTextAsync("due now");

        var home = await new HomePage(agent).OpenAsync();
        var due = home.CallBack("Ravi Callback");
        await Expect(due).ToHaveCountAsync(1, new() { Timeout = 10_000 });
        await Expect(due).ToContainTextAsync("Ask whether the leak stopped");
        await Expect(due).ToContainTextAsync(opened.Number);
        await Expect(due).Not.ToContainTextAsync("confirm the engineer");
        var count = (await home.CountsAsync()).GetProperty("callBacksDue").GetInt32();
        await Expect(home.Count("call-backs")).ToHaveTextAsync(count.ToString());
        await home.Tile("call-backs").ClickAsync();
        await Expect(due).ToBeInViewportAsync();
        await Screenshots.SaveAsync(agent, "home-call-backs.png");
        await due.GetByRole(AriaRole.Button, new() { Name = "Mark the call-back to Ravi Callback done" }).ClickAsync();
        await Expect(due).ToHaveCountAsync(0);
        await Expect(home.Count("call-backs")).ToHaveTextAsync((count - 1).ToString());
    }
}
