using System.Net;
using Frontline.Approvals;
using Frontline.Gestures;
using Frontline.Guidelines;
using Frontline.Identity;
using Frontline.Tests.Gestures;
using Frontline.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Tests.Approvals;

/// <summary>The approval rules that hold for people hold for API keys, whoever they act for.</summary>
public abstract class KeySegregationTests(ApiFixture fx)
{
    private static GuidelineContent Waivers => new([], "Charge the fee.", [new("fee-waiver", 100, null)], ["Offer a travel credit"], Roles.TeamLead);

    private async Task<GestureScenario> WorldAsync(string name)
    {
        var world = await (await new GestureScenario(fx).CategoryAsync(name)).GuidelineAsync(Waivers);
        await world.GrantAsync(new
        {
            holderKind = "Role", holderRole = "TeamLead", gesture = "fee-waiver", categoryIds = new[] { world.CategoryId },
            maxPerGesture = 100, currency = "EUR"
        });
        return world;
    }

    private static async Task<GrantResult> AskAsync(GestureScenario world, HttpClient asker, decimal amount, string currency = "EUR")
    {
        var @case = await world.CaseAsync(asker, await Given.CustomerAsync(asker), "Fees");
        var asked = await asker.PostJsonAsync($"/api/v1/cases/{@case.Id}/gestures", new { gesture = "fee-waiver", amount, currency, reason = "r" });
        asked.StatusCode.ShouldBe(HttpStatusCode.Accepted, await asked.Content.ReadAsStringAsync());
        return await asked.ReadAsync<GrantResult>();
    }

    private static async Task<string> InboxAsync(HttpClient client) =>
        await (await client.GetAsync("/api/v1/approvals?status=Pending&pageSize=200")).Content.ReadAsStringAsync();

    [Fact]
    public async Task A_manager_key_never_approves_its_own_request_nor_does_its_person()
    {
        var world = await WorldAsync("Own waiver");
        var asked = await AskAsync(world, fx.As(Roles.Manager), 9_000, "USD");
        var url = $"/api/v1/approvals/{asked.Approval!.Id}/decision";
        var person = await fx.SignInAsync(ApiFixture.EmailOf(Roles.Manager));
        var (_, otherManager) = await fx.NewAgentAsync("Other Manager", Roles.Manager);

        var byKey = await fx.As(Roles.Manager).PostJsonAsync(url, new { decision = "Approve" });
        var byPerson = await person.PostJsonAsync(url, new { decision = "Approve" });
        var byOther = await otherManager.PostJsonAsync(url, new { decision = "Approve" });

        asked.Approval.Level.ShouldBe(Roles.Manager);
        byKey.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await byKey.Content.ReadAsStringAsync()).ShouldContain("Nobody decides a request they raised");
        byPerson.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await InboxAsync(fx.As(Roles.Manager))).ShouldNotContain($"\"id\":{asked.Approval.Id},");
        byOther.StatusCode.ShouldBe(HttpStatusCode.OK, await byOther.Content.ReadAsStringAsync());
        await using var db = fx.OpenDb();
        var request = await db.ApprovalRequests.SingleAsync(r => r.Id == asked.Approval.Id, TestContext.Current.CancellationToken);
        (request.RequestedById, request.RequestedByApiKeyId is not null).ShouldBe((fx.AgentId(Roles.Manager), true));
    }

    [Fact]
    public async Task A_team_lead_key_decides_neither_its_own_request_nor_another_teams()
    {
        var world = await (await new GestureScenario(fx).CategoryAsync("Lead's own")).GuidelineAsync(Waivers);
        await world.GrantAsync(new
        {
            holderKind = "Role", holderRole = "TeamLead", gesture = "fee-waiver", categoryIds = new[] { world.CategoryId },
            maxPerGesture = 100, currency = "EUR", budgetAmount = 100, budgetPeriod = "Week"
        });
        var lead = fx.As(Roles.TeamLead);
        // the lead spends their own week's budget first, so their next waiver needs a lead's approval too
        var spent = await world.CaseAsync(lead, await Given.CustomerAsync(lead), "Fees");
        (await lead.PostJsonAsync($"/api/v1/cases/{spent.Id}/gestures", new { gesture = "fee-waiver", amount = 100, reason = "r" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        var own = await AskAsync(world, lead, 60);
        var (_, storeAgent) = await fx.NewAgentAsync("Store Agent", Roles.Agent, world.TeamId);
        var other = await AskAsync(world, storeAgent, 60);
        var (_, colleague) = await fx.NewAgentAsync("Colleague Lead", Roles.TeamLead, fx.TeamId);

        var onOther = await lead.PostJsonAsync($"/api/v1/approvals/{other.Approval!.Id}/decision", new { decision = "Approve" });
        var onOwn = await lead.PostJsonAsync($"/api/v1/approvals/{own.Approval!.Id}/decision", new { decision = "Approve" });
        var byColleague = await colleague.PostJsonAsync($"/api/v1/approvals/{own.Approval.Id}/decision", new { decision = "Approve" });

        own.Approval.Level.ShouldBe(Roles.TeamLead);
        onOther.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await InboxAsync(lead)).ShouldNotContain($"\"id\":{other.Approval.Id},");
        (await lead.GetAsync($"/api/v1/approvals/{other.Approval.Id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        onOwn.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await onOwn.Content.ReadAsStringAsync()).ShouldContain("Nobody decides a request they raised");
        byColleague.StatusCode.ShouldBe(HttpStatusCode.OK, await byColleague.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_service_account_keys_request_lands_in_its_teams_lead_inbox_only()
    {
        var world = await WorldAsync("Service account");
        var (accountId, integration) = await fx.ServiceAccountKeyAsync(world.TeamId);
        var (_, storeLead) = await fx.NewAgentAsync("Store Lead", Roles.TeamLead, world.TeamId);
        var (_, sameAccountLead) = await fx.KeyAsync(Roles.TeamLead, serviceAccountId: accountId);

        var asked = await AskAsync(world, integration, 60);
        var url = $"/api/v1/approvals/{asked.Approval!.Id}";

        (await InboxAsync(fx.As(Roles.TeamLead))).ShouldNotContain($"\"id\":{asked.Approval.Id},");
        (await InboxAsync(storeLead)).ShouldContain($"\"id\":{asked.Approval.Id},");
        (await fx.As(Roles.TeamLead).PostJsonAsync($"{url}/decision", new { decision = "Approve" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await sameAccountLead.PostJsonAsync($"{url}/decision", new { decision = "Approve" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await storeLead.PostJsonAsync($"{url}/decision", new { decision = "Approve" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        await using var db = fx.OpenDb();
        var request = await db.ApprovalRequests.SingleAsync(r => r.Id == asked.Approval.Id, TestContext.Current.CancellationToken);
        (request.RequestedByServiceAccountId, request.RequestedByTeamId, request.RequestedById).ShouldBe((accountId, world.TeamId, null));
    }

    [Fact]
    public async Task A_request_of_someone_with_no_team_goes_to_managers_not_to_any_lead()
    {
        var world = await WorldAsync("No team");
        var (_, loner) = await fx.NewAgentAsync("Loner Agent");
        var asked = await AskAsync(world, loner, 60);
        var url = $"/api/v1/approvals/{asked.Approval!.Id}/decision";

        var byLead = await fx.As(Roles.TeamLead).PostJsonAsync(url, new { decision = "Approve" });
        var byManager = await fx.As(Roles.Manager).PostJsonAsync(url, new { decision = "Approve" });

        byLead.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await byLead.Content.ReadAsStringAsync()).ShouldContain("belongs to no team");
        byManager.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_key_acting_for_nobody_reads_and_writes_but_neither_raises_nor_decides_requests()
    {
        var world = await WorldAsync("Old key");
        var old = await fx.KeyForNobodyAsync(Roles.Agent);
        var oldManager = await fx.KeyForNobodyAsync(Roles.Manager);
        var customer = await Given.CustomerAsync(old);
        var @case = await world.CaseAsync(old, customer, "Fees");
        var pending = await AskAsync(world, fx.As(Roles.Agent), 60);

        var raise = await old.PostJsonAsync($"/api/v1/cases/{@case.Id}/gestures", new { gesture = "fee-waiver", amount = 60, reason = "r" });
        var decide = await oldManager.PostJsonAsync($"/api/v1/approvals/{pending.Approval!.Id}/decision", new { decision = "Approve" });

        raise.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await raise.Content.ReadAsStringAsync()).ShouldContain("issue a new key");
        decide.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await oldManager.GetAsync("/api/v1/approvals")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await old.GetAsync($"/api/v1/customers/{customer.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var keys = await (await fx.As(Roles.Admin).GetAsync("/api/v1/api-keys")).ReadAsync<List<ApiKeyView>>();
        keys.ShouldContain(k => k.ActsFor == "nobody");
        keys.Single(k => k.Name == $"test {Roles.Agent}").ActsForAgentId.ShouldBe(fx.AgentId(Roles.Agent));
    }

    [Fact]
    public async Task A_key_has_at_most_its_persons_role_and_stops_when_they_are_deactivated()
    {
        var (agentId, _) = await fx.NewAgentAsync("Leaving Agent");
        var tooHigh = await fx.As(Roles.Admin).PostJsonAsync("/api/v1/api-keys", new { name = "crm", role = "Manager", actsForAgentId = agentId });
        var both = await fx.As(Roles.Admin).PostJsonAsync("/api/v1/api-keys", new { name = "crm", role = "Agent" });
        var (_, key) = await fx.KeyAsync(Roles.Agent, actsForAgentId: agentId);
        var before = await key.GetAsync("/api/v1/me");

        await using (var db = fx.OpenDb())
            await db.Users.Where(a => a.Id == agentId).ExecuteUpdateAsync(s => s.SetProperty(a => a.IsActive, false),
                TestContext.Current.CancellationToken);

        (await tooHigh.ProblemFieldsAsync()).ShouldBe(["role"]);
        (await both.ProblemFieldsAsync()).ShouldBe(["actsForAgentId"]);
        (await before.ReadAsync<MeView>()).AgentId.ShouldBe(agentId);
        (await key.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Grants_to_a_team_or_a_person_hold_for_the_keys_acting_for_them()
    {
        var world = await (await new GestureScenario(fx).CategoryAsync("Team keys")).GuidelineAsync(Waivers);
        await world.GrantAsync(new
        {
            holderKind = "Team", holderTeamId = world.TeamId, gesture = "fee-waiver", categoryIds = new[] { world.CategoryId },
            maxPerGesture = 50, currency = "EUR"
        });
        var (loner, _) = await fx.NewAgentAsync("Trusted Agent");
        await world.GrantAsync(new
        {
            holderKind = "Agent", holderAgentId = loner, gesture = "fee-waiver", categoryIds = new[] { world.CategoryId },
            maxPerGesture = 50, currency = "EUR"
        });
        var (member, _) = await fx.NewAgentAsync("Team Agent", Roles.Agent, world.TeamId);
        var (_, memberKey) = await fx.KeyAsync(Roles.Agent, actsForAgentId: member);
        var (_, lonerKey) = await fx.KeyAsync(Roles.Agent, actsForAgentId: loner);
        var (_, integration) = await fx.ServiceAccountKeyAsync(world.TeamId);

        foreach (var client in new[] { memberKey, lonerKey, integration })
        {
            var @case = await world.CaseAsync(client, await Given.CustomerAsync(client), "Fees");
            var granted = await client.PostJsonAsync($"/api/v1/cases/{@case.Id}/gestures", new { gesture = "fee-waiver", amount = 40, reason = "r" });
            granted.StatusCode.ShouldBe(HttpStatusCode.Created, await granted.Content.ReadAsStringAsync());
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class KeySegregationOnSqlite(SqliteApi fx) : KeySegregationTests(fx);

[Collection(PostgresCollection.Name)]
public sealed class KeySegregationOnPostgres(PostgresApi fx) : KeySegregationTests(fx);
