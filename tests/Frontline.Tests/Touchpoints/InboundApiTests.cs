using System.Net;
using Frontline.Api;
using Frontline.Customers;
using Frontline.Tests.Infrastructure;
using Frontline.Touchpoints;

namespace Frontline.Tests.Touchpoints;

public abstract class InboundApiTests(ApiFixture fx)
{
    private readonly HttpClient _integration = fx.As("Agent");

    [Fact]
    public async Task An_unknown_sender_becomes_a_customer_and_their_next_message_finds_them()
    {
        var email = Given.UniqueEmail("New.Sender");

        var first = await (await _integration.PostJsonAsync("/api/v1/touchpoints/inbound",
            new { email = email.ToUpperInvariant(), name = "Nora Sender", channel = "Email", body = "My order never came." })).ReadAsync<InboundResult>();
        var second = await (await _integration.PostJsonAsync("/api/v1/touchpoints/inbound",
            new { email, channel = "WebForm", body = "Any news?" })).ReadAsync<InboundResult>();

        first.CustomerCreated.ShouldBeTrue();
        second.CustomerCreated.ShouldBeFalse();
        second.CustomerId.ShouldBe(first.CustomerId);
        var customer = await (await _integration.GetAsync($"/api/v1/customers/{first.CustomerId}")).ReadAsync<CustomerDetails>();
        customer.Name.ShouldBe("Nora Sender");
        customer.Emails.ShouldBe([email.ToLowerInvariant()]);
    }

    [Fact]
    public async Task A_phone_number_written_another_way_finds_the_same_customer()
    {
        var number = $"+49 30 {Random.Shared.Next(1_000_000, 9_999_999)}";
        var known = await Given.CustomerAsync(_integration, phone: number);

        var call = await (await _integration.PostJsonAsync("/api/v1/touchpoints/inbound",
            new { phone = "0" + number[4..].Replace(" ", "-"), channel = "Phone", body = "Called about the remote." })).ReadAsync<InboundResult>();

        call.CustomerId.ShouldBe(known.Id);
        call.CustomerCreated.ShouldBeFalse();
    }

    [Fact]
    public async Task A_message_naming_a_case_is_threaded_to_it_even_from_another_address()
    {
        var customer = await Given.CustomerAsync(_integration);
        var @case = await Given.CaseAsync(_integration, fx, customer.Id);

        var reply = await (await _integration.PostJsonAsync("/api/v1/touchpoints/inbound",
            new { email = Given.UniqueEmail("colleague"), channel = "Email", body = "Replying for Dana.", caseNumber = @case.Number.ToLowerInvariant() }))
            .ReadAsync<InboundResult>();

        reply.CustomerId.ShouldBe(customer.Id);
        reply.Touchpoint.CaseId.ShouldBe(@case.Id);
        var timeline = await (await _integration.GetAsync($"/api/v1/cases/{@case.Id}/timeline")).ReadAsync<Page<TimelineEntry>>();
        timeline.Items.ShouldContain(t => t.Body == "Replying for Dana.");
    }

    [Fact]
    public async Task An_unreadable_number_or_an_unknown_case_is_named_and_nothing_is_written()
    {
        var customers = await fx.CountAsync<Customer>();
        var touchpoints = await fx.CountAsync<Touchpoint>();

        var response = await _integration.PostJsonAsync("/api/v1/touchpoints/inbound",
            new { phone = "call me maybe", channel = "Phone", body = "hello", caseNumber = "C-999999999" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ProblemFieldsAsync()).ShouldBe(["phone", "caseNumber"], ignoreOrder: true);
        (await fx.CountAsync<Customer>()).ShouldBe(customers);
        (await fx.CountAsync<Touchpoint>()).ShouldBe(touchpoints);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class InboundOnSqlite(SqliteApi fx) : InboundApiTests(fx);

[Collection(PostgresCollection.Name)]
public sealed class InboundOnPostgres(PostgresApi fx) : InboundApiTests(fx);
