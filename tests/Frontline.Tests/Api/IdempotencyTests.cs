using System.Net;
using Frontline.Customers;
using Frontline.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Frontline.Api.Idempotency;

namespace Frontline.Tests.Api;

public abstract class IdempotencyTests(ApiFixture fx)
{
    private readonly HttpClient _agent = fx.As("Agent");

    private static object NewCustomer(string email) => new { name = "Jordan Blake", emails = new[] { email }, timeZone = "America/New_York" };

    [Fact]
    public async Task A_retry_with_the_same_key_replays_the_first_response_and_creates_nothing_twice()
    {
        var key = Guid.NewGuid().ToString();
        var body = NewCustomer(Given.UniqueEmail());
        var before = await fx.CountAsync<Customer>();

        var first = await _agent.PostJsonAsync("/api/v1/customers", body, key);
        var retry = await _agent.PostJsonAsync("/api/v1/customers", body, key);

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        retry.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await retry.Content.ReadAsStringAsync()).ShouldBe(await first.Content.ReadAsStringAsync());
        retry.Headers.Location.ShouldBe(first.Headers.Location);
        retry.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);
        (await fx.CountAsync<Customer>()).ShouldBe(before + 1);
    }

    [Fact]
    public async Task A_retried_update_replays_its_answer_instead_of_applying_twice()
    {
        var customer = await Given.CustomerAsync(_agent);
        var key = Guid.NewGuid().ToString();
        var body = new { name = "Dana Whitfield-Berg", emails = customer.Emails, timeZone = "Europe/Berlin" };
        var update = () => _agent.SendAsync(new HttpRequestMessage(HttpMethod.Put, $"/api/v1/customers/{customer.Id}")
        {
            Content = System.Net.Http.Json.JsonContent.Create(body, options: Json.Options), Headers = { { "Idempotency-Key", key } },
        });

        var first = await update();
        var retry = await update();

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        retry.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);
        (await retry.ReadAsync<CustomerDetails>()).UpdatedAt.ShouldBe((await first.ReadAsync<CustomerDetails>()).UpdatedAt);
    }

    [Fact]
    public async Task The_same_key_with_another_body_is_422_and_creates_nothing()
    {
        var key = Guid.NewGuid().ToString();
        await _agent.PostJsonAsync("/api/v1/customers", NewCustomer(Given.UniqueEmail()), key);
        var before = await fx.CountAsync<Customer>();

        var response = await _agent.PostJsonAsync("/api/v1/customers", NewCustomer(Given.UniqueEmail()), key);

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await response.ProblemFieldsAsync()).ShouldBe(["Idempotency-Key"]);
        (await fx.CountAsync<Customer>()).ShouldBe(before);
    }

    [Fact]
    public async Task Concurrent_retries_with_one_key_create_one_customer()
    {
        var key = Guid.NewGuid().ToString();
        var body = NewCustomer(Given.UniqueEmail());
        var before = await fx.CountAsync<Customer>();

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => fx.As("Agent").PostJsonAsync("/api/v1/customers", body, key)));

        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.Created);
        var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()));
        bodies.Distinct().Count().ShouldBe(1);
        (await fx.CountAsync<Customer>()).ShouldBe(before + 1);
    }

    [Fact]
    public async Task Keys_belong_to_their_caller()
    {
        var key = Guid.NewGuid().ToString();
        var before = await fx.CountAsync<Customer>();

        var byAgent = await _agent.PostJsonAsync("/api/v1/customers", NewCustomer(Given.UniqueEmail()), key);
        var byLead = await fx.As("TeamLead").PostJsonAsync("/api/v1/customers", NewCustomer(Given.UniqueEmail()), key);

        byAgent.StatusCode.ShouldBe(HttpStatusCode.Created);
        byLead.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await fx.CountAsync<Customer>()).ShouldBe(before + 2);
    }

    [Fact]
    public async Task A_rejected_request_is_replayed_as_rejected()
    {
        var key = Guid.NewGuid().ToString();
        var bad = new { name = "", emails = new[] { "nope" } };

        var first = await _agent.PostJsonAsync("/api/v1/customers", bad, key);
        var retry = await _agent.PostJsonAsync("/api/v1/customers", bad, key);

        first.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        retry.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await retry.ProblemFieldsAsync()).ShouldBe(["name", "emails[0]"], ignoreOrder: true);
    }

    [Fact]
    public async Task A_key_older_than_the_window_is_a_new_request()
    {
        var key = Guid.NewGuid().ToString();
        var body = NewCustomer(Given.UniqueEmail());
        var first = await _agent.PostJsonAsync("/api/v1/customers", body, key);
        var created = await first.ReadAsync<CustomerDetails>();
        await using (var db = fx.OpenDb())
        {
            await db.IdempotencyRecords.Where(r => r.Key == key)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.CreatedAt, DateTime.UtcNow.AddHours(-25)), TestContext.Current.CancellationToken);
        }

        var late = await _agent.PostJsonAsync("/api/v1/customers", body, key);

        // the customer exists now, so the late request is answered afresh: a conflict, not a replay
        late.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        late.Headers.Contains("Idempotent-Replayed").ShouldBeFalse();
        (await late.Content.ReadAsStringAsync()).ShouldContain($"customer {created.Id}");
    }

    [Fact]
    public async Task Records_past_the_window_are_purged_and_recent_ones_kept()
    {
        var old = Guid.NewGuid().ToString();
        var recent = Guid.NewGuid().ToString();
        await _agent.PostJsonAsync("/api/v1/customers", NewCustomer(Given.UniqueEmail()), old);
        await _agent.PostJsonAsync("/api/v1/customers", NewCustomer(Given.UniqueEmail()), recent);
        await using var db = fx.OpenDb();
        await db.IdempotencyRecords.Where(r => r.Key == old)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.CreatedAt, DateTime.UtcNow.AddDays(-2)), TestContext.Current.CancellationToken);

        var purged = await fx.Services.GetRequiredService<IdempotencyPurge>().PurgeAsync(TestContext.Current.CancellationToken);

        purged.ShouldBeGreaterThanOrEqualTo(1);
        (await db.IdempotencyRecords.AnyAsync(r => r.Key == old, TestContext.Current.CancellationToken)).ShouldBeFalse();
        (await db.IdempotencyRecords.AnyAsync(r => r.Key == recent, TestContext.Current.CancellationToken)).ShouldBeTrue();
    }

    [Fact]
    public async Task An_overlong_key_is_rejected_naming_the_header()
    {
        var response = await _agent.PostJsonAsync("/api/v1/customers", NewCustomer(Given.UniqueEmail()), new string('k', 201));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ProblemFieldsAsync()).ShouldBe(["Idempotency-Key"]);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class IdempotencyOnSqlite(SqliteApi fx) : IdempotencyTests(fx);

[Collection(PostgresCollection.Name)]
public sealed class IdempotencyOnPostgres(PostgresApi fx) : IdempotencyTests(fx);
