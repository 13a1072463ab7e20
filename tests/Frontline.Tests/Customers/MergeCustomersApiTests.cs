using System.Net;
using Frontline.Api;
using Frontline.Cases;
using Frontline.Customers;
using Frontline.Tests.Infrastructure;
using Frontline.Touchpoints;

namespace Frontline.Tests.Customers;

public abstract class MergeCustomersApiTests(ApiFixture fx)
{
    private readonly HttpClient _agent = fx.As("Agent");

    [Fact]
    public async Task Merging_moves_cases_timelines_and_assets_loses_nothing_and_is_audited()
    {
        var survivor = await Given.CustomerAsync(_agent, "Ravi Menon");
        var duplicate = await Given.CustomerAsync(_agent, "R. Menon", phone: $"+1 312 555 {Random.Shared.Next(1000, 9999)}");
        var @case = await Given.CaseAsync(_agent, fx, duplicate.Id, "Headset crackles", "The left side crackles.");
        await _agent.PostJsonAsync($"/api/v1/customers/{duplicate.Id}/assets", new
        {
            productId = await fx.IdOfProductAsync("HEADSET-ST"), purchasedOn = "2026-06-01", purchaseChannel = "Dealer", seller = "Oak Street", price = 59,
        });
        var before = await (await _agent.GetAsync($"/api/v1/customers/{duplicate.Id}/timeline?pageSize=200")).ReadAsync<Page<TimelineEntry>>();

        var response = await _agent.PostJsonAsync($"/api/v1/customers/{survivor.Id}/merge", new { duplicateId = duplicate.Id });

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var merge = await response.ReadAsync<MergeView>();
        (merge.CasesMoved, merge.AssetsMoved, merge.TouchpointsMoved).ShouldBe((1, 1, before.Items.Count));
        var merged = await (await _agent.GetAsync($"/api/v1/customers/{survivor.Id}")).ReadAsync<CustomerDetails>();
        merged.Emails.ShouldBe([survivor.Emails[0], duplicate.Emails[0]]);
        merged.Phones.ShouldBe(duplicate.Phones);
        (await (await _agent.GetAsync($"/api/v1/cases/{@case.Id}")).ReadAsync<CaseView>()).CustomerId.ShouldBe(survivor.Id);
        var timeline = await (await _agent.GetAsync($"/api/v1/customers/{survivor.Id}/timeline?pageSize=200")).ReadAsync<Page<TimelineEntry>>();
        before.Items.Select(t => t.Id).Except(timeline.Items.Select(t => t.Id)).ShouldBeEmpty();
        timeline.Items[0].Body.ShouldContain($"merged customer {duplicate.Id} (R. Menon)");
        (await _agent.GetAsync($"/api/v1/customers/{duplicate.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var found = await (await _agent.GetAsync($"/api/v1/customers?email={Uri.EscapeDataString(duplicate.Emails[0])}")).ReadAsync<Page<CustomerSummary>>();
        found.Items.Single().Id.ShouldBe(survivor.Id);
        (await (await _agent.GetAsync($"/api/v1/customers/{survivor.Id}/merges")).ReadAsync<List<MergeView>>()).Single().MergedName.ShouldBe("R. Menon");
    }

    [Fact]
    public async Task Merging_into_oneself_or_an_unknown_customer_is_refused()
    {
        var customer = await Given.CustomerAsync(_agent);

        (await (await _agent.PostJsonAsync($"/api/v1/customers/{customer.Id}/merge", new { duplicateId = customer.Id })).ProblemFieldsAsync())
            .ShouldBe(["duplicateId"]);
        (await (await _agent.PostJsonAsync($"/api/v1/customers/{customer.Id}/merge", new { duplicateId = 99999999 })).ProblemFieldsAsync())
            .ShouldBe(["duplicateId"]);
        (await _agent.PostJsonAsync("/api/v1/customers/99999999/merge", new { duplicateId = customer.Id })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class MergeCustomersOnSqlite(SqliteApi fx) : MergeCustomersApiTests(fx);

[Collection(PostgresCollection.Name)]
public sealed class MergeCustomersOnPostgres(PostgresApi fx) : MergeCustomersApiTests(fx);
