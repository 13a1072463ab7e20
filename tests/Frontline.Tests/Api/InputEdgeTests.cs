using System.Net;
using Frontline.Cases;
using Frontline.Customers;
using Frontline.Tests.Infrastructure;
using Frontline.Touchpoints;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Tests.Api;

/// <summary>Values at and past the edges: each is a 400 naming its field, never a 500, and writes nothing.</summary>
public abstract class InputEdgeTests(ApiFixture fx)
{
    private readonly HttpClient _agent = fx.As("Agent");

    [Theory]
    [InlineData("/api/v1/customers?page=10737420&pageSize=200", "page")]
    [InlineData("/api/v1/customers?page=0", "page")]
    [InlineData("/api/v1/customers?page=abc", "page")]
    [InlineData("/api/v1/cases?status=99", "status")]
    [InlineData("/api/v1/cases?priority=-1", "priority")]
    [InlineData("/api/v1/cases?status=Lost", "status")]
    [InlineData("/api/v1/customers?phone=12", "phone")]
    public async Task Out_of_range_query_values_are_named(string url, string field)
    {
        var response = await _agent.GetAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ProblemFieldsAsync()).ShouldBe([field]);
    }

    [Fact]
    public async Task Far_dates_and_fractions_of_cents_on_an_asset_are_named_and_not_written()
    {
        var customer = await Given.CustomerAsync(_agent);
        var before = await fx.CountAsync<Asset>();

        var response = await _agent.PostJsonAsync($"/api/v1/customers/{customer.Id}/assets", new
        {
            productId = await fx.IdOfProductAsync("TV-55-OLED"), purchasedOn = "9999-06-01", purchaseChannel = 7, price = 1.005m,
            serviceDate = "0001-01-01",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ProblemFieldsAsync()).ShouldBe(["purchasedOn", "purchaseChannel", "price", "serviceDate"], ignoreOrder: true);
        (await fx.CountAsync<Asset>()).ShouldBe(before);
    }

    [Fact]
    public async Task A_deadline_without_a_utc_offset_is_refused_because_it_would_mean_another_instant_elsewhere()
    {
        var customer = await Given.CustomerAsync(_agent);

        var response = await _agent.PostJsonAsync("/api/v1/cases", new
        {
            customerId = customer.Id, categoryId = await fx.IdOfCategoryAsync("Special service request"), subject = "Escort for two children",
            channel = "Phone", customerDeadline = "2030-12-01T09:40:00",
        });
        var withOffset = await _agent.PostJsonAsync("/api/v1/cases", new
        {
            customerId = customer.Id, categoryId = await fx.IdOfCategoryAsync("Special service request"), subject = "Escort for two children",
            channel = "Phone", customerDeadline = "2030-12-01T09:40:00+08:00",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ProblemFieldsAsync()).ShouldBe(["customerDeadline"]);
        withOffset.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await withOffset.ReadAsync<CaseView>()).CustomerDeadline.ShouldBe(new DateTime(2030, 12, 1, 1, 40, 0, DateTimeKind.Utc));
    }

    [Fact]
    public async Task A_customer_since_year_one_or_with_a_numeric_tier_out_of_range_is_named()
    {
        var response = await _agent.PostJsonAsync("/api/v1/customers", new
        {
            name = "Ada", emails = new[] { Given.UniqueEmail() }, customerSince = "0001-01-01", loyaltyTier = 42, lifetimeValue = 0.001m,
        });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ProblemFieldsAsync()).ShouldBe(["customerSince", "loyaltyTier", "lifetimeValue"], ignoreOrder: true);
    }

    [Fact]
    public async Task A_missing_body_is_named_as_the_body()
    {
        var response = await _agent.PostAsync("/api/v1/customers", new StringContent("", System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ProblemFieldsAsync()).ShouldBe(["body"]);
    }

    [Fact]
    public async Task A_rejected_touchpoint_leaves_the_case_untouched()
    {
        var customer = await Given.CustomerAsync(_agent);
        var opened = await Given.CaseAsync(_agent, fx, customer.Id);

        var response = await _agent.PostJsonAsync($"/api/v1/cases/{opened.Id}/touchpoints", new { channel = "Chat", direction = "Sideways", body = "hi" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await (await _agent.GetAsync($"/api/v1/cases/{opened.Id}")).ReadAsync<CaseView>()).UpdatedAt.ShouldBe(opened.UpdatedAt);
        await using var db = fx.OpenDb();
        (await db.Touchpoints.CountAsync(t => t.CaseId == opened.Id, TestContext.Current.CancellationToken)).ShouldBe(1); // the opening note
    }

    [Fact]
    public async Task Two_people_changing_one_case_from_the_same_view_cannot_both_win()
    {
        var customer = await Given.CustomerAsync(_agent);
        var opened = await Given.CaseAsync(_agent, fx, customer.Id);
        await using var first = fx.OpenDb();
        await using var second = fx.OpenDb();
        var seenByFirst = await first.Cases.SingleAsync(c => c.Id == opened.Id, TestContext.Current.CancellationToken);
        var seenBySecond = await second.Cases.SingleAsync(c => c.Id == opened.Id, TestContext.Current.CancellationToken);

        seenByFirst.ChangeStatus(CaseStatus.Closed, DateTime.UtcNow);
        await first.SaveChangesAsync(TestContext.Current.CancellationToken);
        seenBySecond.ChangeStatus(CaseStatus.Resolved, DateTime.UtcNow.AddTicks(10));

        await Should.ThrowAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync(TestContext.Current.CancellationToken));
        (await (await _agent.GetAsync($"/api/v1/cases/{opened.Id}")).ReadAsync<CaseView>()).Status.ShouldBe(CaseStatus.Closed);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class InputEdgesOnSqlite(SqliteApi fx) : InputEdgeTests(fx);

[Collection(PostgresCollection.Name)]
public sealed class InputEdgesOnPostgres(PostgresApi fx) : InputEdgeTests(fx);
