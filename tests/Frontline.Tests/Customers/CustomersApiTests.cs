using System.Net;
using Frontline.Api;
using Frontline.Customers;
using Frontline.Tests.Infrastructure;

namespace Frontline.Tests.Customers;

public abstract class CustomersApiTests(ApiFixture fx)
{
    private readonly HttpClient _agent = fx.As("Agent");

    [Fact]
    public async Task Create_normalises_email_and_phone_and_returns_the_customer()
    {
        var email = Given.UniqueEmail("Mixed.Case");
        var response = await _agent.PostJsonAsync("/api/v1/customers", new
        {
            name = "  Siti Rahman ", emails = new[] { email.ToUpperInvariant() }, phones = new[] { "+60 3-2141 5566" },
            timeZone = "Asia/Kuala_Lumpur", loyaltyTier = "Silver", lifetimeValue = 4250.50m, currency = "myr",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var customer = await response.ReadAsync<CustomerDetails>();
        response.Headers.Location!.ToString().ShouldBe($"/api/v1/customers/{customer.Id}");
        customer.Name.ShouldBe("Siti Rahman");
        customer.Emails.ShouldBe([email.ToLowerInvariant()]);
        customer.Phones.ShouldBe(["+60321415566"]);
        customer.LoyaltyTier.ShouldBe(LoyaltyTier.Silver);
        customer.LifetimeValue.ShouldBe(new Money(4250.50m, "MYR"));
    }

    [Fact]
    public async Task Bad_input_names_every_field_and_writes_nothing()
    {
        var before = await fx.CountAsync<Customer>();

        var response = await _agent.PostJsonAsync("/api/v1/customers", new
        {
            name = "", emails = new[] { "not-an-address" }, phones = new[] { "12" }, timeZone = "Mars/Olympus", lifetimeValue = -5, currency = "euro",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ProblemFieldsAsync()).ShouldBe(["name", "emails[0]", "phones[0]", "timeZone", "lifetimeValue", "currency"], ignoreOrder: true);
        (await fx.CountAsync<Customer>()).ShouldBe(before);
    }

    [Fact]
    public async Task A_value_of_the_wrong_type_is_named_in_the_problem()
    {
        var response = await _agent.PostJsonAsync("/api/v1/customers", new { name = "X", emails = new[] { Given.UniqueEmail() }, loyaltyTier = "Diamond" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ProblemFieldsAsync()).ShouldBe(["loyaltyTier"]);
    }

    [Fact]
    public async Task An_email_address_of_another_customer_is_a_conflict_naming_the_field()
    {
        var first = await Given.CustomerAsync(_agent);
        var before = await fx.CountAsync<Customer>();

        var response = await _agent.PostJsonAsync("/api/v1/customers", new { name = "Someone Else", emails = new[] { first.Emails[0] } });

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.ProblemFieldsAsync()).ShouldBe(["emails[0]"]);
        (await fx.CountAsync<Customer>()).ShouldBe(before);
    }

    [Fact]
    public async Task Search_finds_by_email_phone_and_name_fragment()
    {
        var name = $"Halvorsen {Guid.NewGuid():N}"[..20];
        var customer = await Given.CustomerAsync(_agent, name, phone: $"+47 22 {Random.Shared.Next(100000, 999999)}");

        foreach (var query in new[] { $"email={Uri.EscapeDataString(customer.Emails[0].ToUpperInvariant())}",
                     $"phone={Uri.EscapeDataString(customer.Phones[0])}", $"q={Uri.EscapeDataString(name[3..12].ToUpperInvariant())}" })
        {
            var page = await (await _agent.GetAsync($"/api/v1/customers?{query}")).ReadAsync<Page<CustomerSummary>>();
            page.Items.Select(c => c.Id).ShouldContain(customer.Id, query);
        }
    }

    [Fact]
    public async Task Search_pages_without_counting_and_rejects_oversized_pages()
    {
        for (var i = 0; i < 3; i++) await Given.CustomerAsync(_agent, $"Pagewise Person {i}");

        var first = await (await _agent.GetAsync("/api/v1/customers?q=pagewise&pageSize=2")).ReadAsync<Page<CustomerSummary>>();
        first.Items.Count.ShouldBe(2);
        first.HasMore.ShouldBeTrue();
        var tooBig = await _agent.GetAsync("/api/v1/customers?pageSize=5000");
        tooBig.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await tooBig.ProblemFieldsAsync()).ShouldBe(["pageSize"]);
    }

    [Fact]
    public async Task Update_replaces_details_and_unknown_customer_is_404()
    {
        var customer = await Given.CustomerAsync(_agent);
        var newEmail = Given.UniqueEmail("new");

        var response = await _agent.PutJsonAsync($"/api/v1/customers/{customer.Id}", new
        {
            name = "Dana W. Whitfield", emails = new[] { newEmail, customer.Emails[0] }, timeZone = "Europe/Paris",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var updated = await response.ReadAsync<CustomerDetails>();
        updated.Name.ShouldBe("Dana W. Whitfield");
        updated.Emails.ShouldBe([newEmail, customer.Emails[0]]);
        updated.TimeZone.ShouldBe("Europe/Paris");
        // left out, the facts that decide authority keep their value
        updated.LoyaltyTier.ShouldBe(customer.LoyaltyTier);
        (await _agent.PutJsonAsync("/api/v1/customers/99999999", new { name = "x", emails = new[] { Given.UniqueEmail() } }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_asset_out_of_warranty_says_by_how_many_days()
    {
        var customer = await Given.CustomerAsync(_agent);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var response = await _agent.PostJsonAsync($"/api/v1/customers/{customer.Id}/assets", new
        {
            productId = await fx.IdOfProductAsync("TV-REMOTE"), purchasedOn = today.AddDays(-400), purchaseChannel = "OwnStore",
            seller = "Store Berlin Mitte", price = 29, warrantyEndsOn = today.AddDays(-23),
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var asset = await response.ReadAsync<AssetView>();
        asset.Warranty.InWarranty.ShouldBeFalse();
        asset.Warranty.Days.ShouldBeInRange(22, 24); // the customer's today may differ by a day from UTC's
        asset.Warranty.Text.ShouldStartWith("out of warranty by ");
    }

    [Fact]
    public async Task An_asset_of_an_unknown_product_is_rejected_naming_the_field()
    {
        var customer = await Given.CustomerAsync(_agent);

        var response = await _agent.PostJsonAsync($"/api/v1/customers/{customer.Id}/assets",
            new { productId = 987654, purchasedOn = "2026-01-01", purchaseChannel = "Dealer", price = -1 });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ProblemFieldsAsync()).ShouldBe(["productId", "price"], ignoreOrder: true);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CustomersApiOnSqlite(SqliteApi fx) : CustomersApiTests(fx);

[Collection(PostgresCollection.Name)]
public sealed class CustomersApiOnPostgres(PostgresApi fx) : CustomersApiTests(fx);
