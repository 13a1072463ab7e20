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
    public async Task A_message_naming_a_case_from_its_customer_continues_that_case()
    {
        var email = Given.UniqueEmail("dana");
        var customer = await Given.CustomerAsync(_integration, email: email);
        var @case = await Given.CaseAsync(_integration, fx, customer.Id);

        var reply = await (await _integration.PostJsonAsync("/api/v1/touchpoints/inbound",
            new { email, channel = "Email", body = "Any news on the remote?", caseNumber = @case.Number.ToLowerInvariant() }))
            .ReadAsync<InboundResult>();

        (reply.CustomerId, reply.Touchpoint.CaseId, reply.CaseNumber, reply.CaseOpened).ShouldBe((customer.Id, (long?)@case.Id, @case.Number, false));
    }

    [Fact]
    public async Task A_stranger_naming_another_customers_case_is_recorded_on_the_stranger_with_a_note()
    {
        var customer = await Given.CustomerAsync(_integration);
        var @case = await Given.CaseAsync(_integration, fx, customer.Id);
        var category = await fx.IdOfCategoryAsync("Complaint");

        var stranger = await (await _integration.PostJsonAsync("/api/v1/touchpoints/inbound",
            new { email = Given.UniqueEmail("stranger"), channel = "Email", body = "Replying for Dana.", caseNumber = @case.Number, categoryId = category }))
            .ReadAsync<InboundResult>();

        stranger.CustomerId.ShouldNotBe(customer.Id);
        stranger.CaseOpened.ShouldBeTrue();
        stranger.Touchpoint.CaseId.ShouldNotBe(@case.Id);
        var theirs = await (await _integration.GetAsync($"/api/v1/cases/{stranger.Touchpoint.CaseId}/timeline")).ReadAsync<Page<TimelineEntry>>();
        theirs.Items.ShouldContain(t => t.Direction == Direction.Internal && t.Body.Contains($"names {@case.Number}, a case of another customer"));
        var danas = await (await _integration.GetAsync($"/api/v1/cases/{@case.Id}/timeline")).ReadAsync<Page<TimelineEntry>>();
        danas.Items.ShouldNotContain(t => t.Body.Contains("Replying for Dana."));
    }

    [Fact]
    public async Task A_message_with_a_category_opens_a_case_with_a_due_time()
    {
        var category = await fx.IdOfCategoryAsync("Complaint");

        var complaint = await (await _integration.PostJsonAsync("/api/v1/touchpoints/inbound",
            new { phone = "+49 30 5550199", channel = "Phone", body = "The courier left my parcel in the rain.\nIt is soaked.", categoryId = category }))
            .ReadAsync<InboundResult>();

        complaint.CaseOpened.ShouldBeTrue();
        var opened = await (await _integration.GetAsync($"/api/v1/cases/by-reference/{complaint.CaseNumber}")).ReadAsync<Frontline.Cases.CaseView>();
        (opened.Subject, opened.CategoryId, opened.Channel).ShouldBe(("The courier left my parcel in the rain.", category, Channel.Phone));
        opened.ResolutionDueAt.ShouldNotBeNull();
        complaint.Touchpoint.CaseId.ShouldBe(opened.Id);
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
