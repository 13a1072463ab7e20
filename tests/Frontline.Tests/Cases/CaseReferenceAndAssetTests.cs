using System.Net;
using Frontline.Cases;
using Frontline.Api;
using Frontline.Identity;
using Frontline.Tests.Gestures;
using Frontline.Tests.Infrastructure;
using Frontline.Touchpoints;

namespace Frontline.Tests.Cases;

/// <summary>What an integrator needs of a case: find it by the reference the customer quotes, and correct its asset.</summary>
public abstract class CaseReferenceAndAssetTests(ApiFixture fx)
{
    [Fact]
    public async Task A_case_is_found_by_the_reference_the_customer_quotes()
    {
        var agent = fx.As(Roles.Agent);
        var @case = await Given.CaseAsync(agent, fx, (await Given.CustomerAsync(agent)).Id);

        var found = await agent.GetAsync($"/api/v1/cases/by-reference/{@case.Number.ToLowerInvariant()}");
        var missing = await agent.GetAsync("/api/v1/cases/by-reference/C-999999999");
        var unreadable = await agent.GetAsync("/api/v1/cases/by-reference/remote");

        (await found.ReadAsync<CaseView>()).Id.ShouldBe(@case.Id);
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await unreadable.ProblemFieldsAsync()).ShouldBe(["reference"]);
    }

    [Fact]
    public async Task The_asset_of_a_case_is_set_after_opening_and_the_change_is_on_its_timeline()
    {
        var agent = fx.As(Roles.Agent);
        var customer = await Given.CustomerAsync(agent);
        var @case = await Given.CaseAsync(agent, fx, customer.Id);
        var remote = await new GestureScenario(fx).AssetAsync(agent, customer.Id, "TV-REMOTE", new DateOnly(2025, 10, 1));

        var set = await agent.PutJsonAsync($"/api/v1/cases/{@case.Id}/asset", new { assetId = remote.Id });
        var cleared = await agent.PutJsonAsync($"/api/v1/cases/{@case.Id}/asset", new { assetId = (long?)null });

        (await set.ReadAsync<CaseView>()).AssetId.ShouldBe(remote.Id);
        (await cleared.ReadAsync<CaseView>()).AssetId.ShouldBeNull();
        var timeline = await (await agent.GetAsync($"/api/v1/cases/{@case.Id}/timeline")).ReadAsync<Page<TimelineEntry>>();
        timeline.Items.ShouldContain(t => t.Body.StartsWith("Asset changed from none to TV remote control"));
        timeline.Items.ShouldContain(t => t.Body.StartsWith("Asset changed from TV remote control") && t.Body.Contains("to none"));
    }

    [Fact]
    public async Task Another_customers_asset_is_refused_and_the_case_is_unchanged()
    {
        var agent = fx.As(Roles.Agent);
        var @case = await Given.CaseAsync(agent, fx, (await Given.CustomerAsync(agent)).Id);
        var stranger = await Given.CustomerAsync(agent, "Somebody Else");
        var theirs = await new GestureScenario(fx).AssetAsync(agent, stranger.Id, "TV-REMOTE", new DateOnly(2025, 10, 1));

        var refused = await agent.PutJsonAsync($"/api/v1/cases/{@case.Id}/asset", new { assetId = theirs.Id });

        (await refused.ProblemFieldsAsync()).ShouldBe(["assetId"]);
        (await (await agent.GetAsync($"/api/v1/cases/{@case.Id}")).ReadAsync<CaseView>()).AssetId.ShouldBeNull();
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CaseReferenceAndAssetOnSqlite(SqliteApi fx) : CaseReferenceAndAssetTests(fx);

[Collection(PostgresCollection.Name)]
public sealed class CaseReferenceAndAssetOnPostgres(PostgresApi fx) : CaseReferenceAndAssetTests(fx);
