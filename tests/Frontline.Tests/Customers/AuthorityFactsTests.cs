using System.Net;
using Frontline.Customers;
using Frontline.Gestures;
using Frontline.Guidelines;
using Frontline.Identity;
using Frontline.Tests.Gestures;
using Frontline.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Tests.Customers;

/// <summary>Nobody widens their own sandbox by changing the facts that decide it.</summary>
public abstract class AuthorityFactsTests(ApiFixture fx)
{
    private static GuidelineContent Waivers => new([], "Charge the fee.", [new("fee-waiver", 100, null)], ["Offer a travel credit"], Roles.TeamLead);

    private static object Platinum(CustomerDetails c) => new
    {
        name = c.Name, emails = c.Emails, timeZone = c.TimeZone, loyaltyTier = "Platinum",
    };

    /// <summary>A world where a role may waive fees for Platinum customers only, and a Gold customer with a case.</summary>
    private async Task<(GestureScenario World, CustomerDetails Customer, long CaseId)> PlatinumOnlyAsync(string role, HttpClient owner)
    {
        var world = await (await new GestureScenario(fx).CategoryAsync("Platinum only")).GuidelineAsync(Waivers);
        await world.GrantAsync(new
        {
            holderKind = "Role", holderRole = role, gesture = "fee-waiver", categoryIds = new[] { world.CategoryId },
            tiers = new[] { "Platinum" }, maxPerGesture = 500, currency = "EUR"
        });
        var customer = await Given.CustomerAsync(owner);
        var @case = await world.CaseAsync(owner, customer, "Fees");
        return (world, customer, @case.Id);
    }

    [Fact]
    public async Task An_agent_key_cannot_raise_a_customers_tier_so_a_platinum_only_grant_stays_out_of_reach()
    {
        var agent = fx.As(Roles.Agent);
        var (_, customer, caseId) = await PlatinumOnlyAsync(Roles.Agent, agent);

        var raised = await agent.PutJsonAsync($"/api/v1/customers/{customer.Id}", Platinum(customer));
        var granted = await agent.PostJsonAsync($"/api/v1/cases/{caseId}/gestures", new { gesture = "fee-waiver", amount = 300, reason = "r" });

        raised.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await raised.ProblemFieldsAsync()).ShouldBe([CustomerFacts.Tier]);
        granted.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        await using var db = fx.OpenDb();
        var ct = TestContext.Current.CancellationToken;
        (await db.Customers.SingleAsync(c => c.Id == customer.Id, ct)).LoyaltyTier.ShouldBe(LoyaltyTier.Gold);
        (await db.CustomerFactChanges.CountAsync(c => c.CustomerId == customer.Id, ct)).ShouldBe(0);
    }

    [Fact]
    public async Task A_manager_who_raises_a_tier_is_sent_to_approval_for_a_gesture_that_depends_on_it()
    {
        var manager = fx.As(Roles.Manager);
        var (_, customer, caseId) = await PlatinumOnlyAsync(Roles.Manager, manager);
        var (_, otherManager) = await fx.NewAgentAsync("Other Manager", Roles.Manager);
        var samePerson = await fx.SignInAsync(ApiFixture.EmailOf(Roles.Manager));
        var url = $"/api/v1/cases/{caseId}/gestures";

        (await manager.PutJsonAsync($"/api/v1/customers/{customer.Id}", Platinum(customer))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var evaluation = await (await manager.PostJsonAsync($"{url}/evaluate", new { gesture = "fee-waiver", amount = 300 })).ReadAsync<Evaluation>();
        var byPerson = await (await samePerson.PostJsonAsync($"{url}/evaluate", new { gesture = "fee-waiver", amount = 300 })).ReadAsync<Evaluation>();
        var granted = await manager.PostJsonAsync(url, new { gesture = "fee-waiver", amount = 300, reason = "r" });
        var byOther = await (await otherManager.PostJsonAsync($"{url}/evaluate", new { gesture = "fee-waiver", amount = 300 })).ReadAsync<Evaluation>();

        evaluation.Verdict.ShouldBe(Verdict.NeedsApproval);
        evaluation.Summary.ShouldContain("you changed the customer's loyalty tier from Gold to Platinum");
        evaluation.Approval!.Level.ShouldBe(Roles.Manager);
        byPerson.Verdict.ShouldBe(Verdict.NeedsApproval);
        granted.StatusCode.ShouldBe(HttpStatusCode.Accepted, await granted.Content.ReadAsStringAsync());
        byOther.Verdict.ShouldBe(Verdict.GrantNow);
        var changes = await (await manager.GetAsync($"/api/v1/customers/{customer.Id}/fact-changes")).ReadAsync<List<FactChangeView>>();
        changes.Single().ShouldSatisfyAllConditions(
            c => c.Fact.ShouldBe(CustomerFacts.Tier), c => c.Before.ShouldBe("Gold"), c => c.After.ShouldBe("Platinum"),
            c => c.ChangedBy.ShouldContain("Test Manager"));
    }

    [Fact]
    public async Task Only_a_service_account_allowed_to_change_customer_data_changes_a_tier()
    {
        var (_, allowed) = await fx.ServiceAccountKeyAsync(fx.TeamId, Roles.Manager, changesCustomerData: true);
        var (_, notAllowed) = await fx.ServiceAccountKeyAsync(fx.TeamId, Roles.Manager);
        var customer = await Given.CustomerAsync(fx.As(Roles.Agent));

        var refused = await notAllowed.PutJsonAsync($"/api/v1/customers/{customer.Id}", new
        {
            name = customer.Name, emails = customer.Emails, lifetimeValue = 99_000, customerSince = "2001-01-01",
        });
        var changed = await allowed.PutJsonAsync($"/api/v1/customers/{customer.Id}", Platinum(customer));

        (await refused.ProblemFieldsAsync()).ShouldBe([CustomerFacts.LifetimeValue, CustomerFacts.CustomerSince], ignoreOrder: true);
        changed.StatusCode.ShouldBe(HttpStatusCode.OK);
        await using var db = fx.OpenDb();
        var change = await db.CustomerFactChanges.SingleAsync(c => c.CustomerId == customer.Id, TestContext.Current.CancellationToken);
        (change.Fact, change.ChangedByServiceAccountId is not null, change.ChangedByApiKeyId is not null).ShouldBe((CustomerFacts.Tier, true, true));
    }

    [Fact]
    public async Task A_recorded_purchase_is_listed_with_who_gave_it_and_a_merge_that_raises_a_tier_is_a_change()
    {
        var agent = fx.As(Roles.Agent);
        var customer = await Given.CustomerAsync(agent);
        var duplicate = await agent.PostJsonAsync("/api/v1/customers", new { name = "Dup", emails = new[] { Given.UniqueEmail() }, loyaltyTier = "Platinum" });
        await new GestureScenario(fx).AssetAsync(agent, customer.Id, "TV-REMOTE", DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-30));

        (await agent.PostJsonAsync($"/api/v1/customers/{customer.Id}/merge", new { duplicateId = (await duplicate.ReadAsync<CustomerDetails>()).Id }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var changes = await (await agent.GetAsync($"/api/v1/customers/{customer.Id}/fact-changes")).ReadAsync<List<FactChangeView>>();

        changes.ShouldContain(c => c.Fact == CustomerFacts.PurchasedOn && c.Before == null && c.AssetId != null);
        changes.ShouldContain(c => c.Fact == CustomerFacts.Tier && c.Before == "Gold" && c.After == "Platinum");
        changes.ShouldAllBe(c => c.ChangedBy.Contains("Test Agent"));
        (await agent.GetAsync("/api/v1/customers/99999999/fact-changes")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AuthorityFactsOnSqlite(SqliteApi fx) : AuthorityFactsTests(fx);

[Collection(PostgresCollection.Name)]
public sealed class AuthorityFactsOnPostgres(PostgresApi fx) : AuthorityFactsTests(fx);
