using System.Net;
using Frontline.Api;
using Frontline.Tests.Infrastructure;
using Frontline.Touchpoints;

namespace Frontline.Tests.Touchpoints;

public abstract class TimelineApiTests(ApiFixture fx)
{
    private readonly HttpClient _agent = fx.As("Agent");

    [Fact]
    public async Task A_cases_timeline_is_in_time_order_and_paged()
    {
        var customer = await Given.CustomerAsync(_agent);
        var opened = await Given.CaseAsync(_agent, fx, customer.Id);
        var start = DateTime.UtcNow.AddHours(-5);
        // written out of order on purpose: the timeline orders by when it happened, not when it was recorded
        foreach (var hour in new[] { 3, 1, 2 })
        {
            var response = await _agent.PostJsonAsync($"/api/v1/cases/{opened.Id}/touchpoints", new
            {
                channel = "Phone", direction = "Inbound", occurredAt = start.AddHours(hour), body = $"call {hour}",
            });
            response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        }

        var first = await (await _agent.GetAsync($"/api/v1/cases/{opened.Id}/timeline?pageSize=2")).ReadAsync<Page<TimelineEntry>>();
        var second = await (await _agent.GetAsync($"/api/v1/cases/{opened.Id}/timeline?pageSize=2&page=2")).ReadAsync<Page<TimelineEntry>>();

        first.Items.Select(t => t.Body).ShouldBe(["call 1", "call 2"]);
        first.HasMore.ShouldBeTrue();
        second.Items[0].Body.ShouldBe("call 3");
    }

    [Fact]
    public async Task A_customers_timeline_spans_channels_newest_first()
    {
        var customer = await Given.CustomerAsync(_agent);
        var opened = await Given.CaseAsync(_agent, fx, customer.Id);
        // a purchase a month ago is history a manager's integration imports: an agent may backdate a day at most
        (await fx.As("Manager").PostJsonAsync($"/api/v1/customers/{customer.Id}/touchpoints",
            new { channel = "Purchase", direction = "Inbound", occurredAt = DateTime.UtcNow.AddDays(-30), body = "Bought a TV remote" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        await _agent.PostJsonAsync($"/api/v1/cases/{opened.Id}/touchpoints",
            new { channel = "Email", direction = "Outbound", body = "A replacement is on its way." });

        var timeline = await (await _agent.GetAsync($"/api/v1/customers/{customer.Id}/timeline")).ReadAsync<Page<TimelineEntry>>();

        timeline.Items[0].Body.ShouldBe("A replacement is on its way.");
        timeline.Items[0].Author.ShouldBe("Test Agent (API key test Agent)");
        timeline.Items[0].CaseNumber.ShouldBe(opened.Number);
        timeline.Items[^1].Body.ShouldBe("Bought a TV remote");
        timeline.Items[^1].Channel.ShouldBe(Channel.Purchase);
        timeline.Items.Select(t => t.OccurredAt).ShouldBeInOrder(SortDirection.Descending);
    }

    [Fact]
    public async Task A_touchpoint_from_the_future_or_without_body_is_rejected_and_not_written()
    {
        var customer = await Given.CustomerAsync(_agent);
        var before = await fx.CountAsync<Touchpoint>();

        var response = await _agent.PostJsonAsync($"/api/v1/customers/{customer.Id}/touchpoints",
            new { channel = "Chat", direction = "Inbound", occurredAt = DateTime.UtcNow.AddDays(2), body = " " });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ProblemFieldsAsync()).ShouldBe(["occurredAt", "body"], ignoreOrder: true);
        (await fx.CountAsync<Touchpoint>()).ShouldBe(before);
    }

    [Fact]
    public async Task A_touchpoint_for_an_unknown_customer_is_404()
    {
        var response = await _agent.PostJsonAsync("/api/v1/customers/99999999/touchpoints", new { channel = "Chat", direction = "Inbound", body = "hi" });

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class TimelineApiOnSqlite(SqliteApi fx) : TimelineApiTests(fx);

[Collection(PostgresCollection.Name)]
public sealed class TimelineApiOnPostgres(PostgresApi fx) : TimelineApiTests(fx);
