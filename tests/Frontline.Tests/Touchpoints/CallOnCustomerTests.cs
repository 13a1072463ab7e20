using System.Net;
using Frontline.Identity;
using Frontline.Tests.Infrastructure;
using Frontline.Touchpoints;

namespace Frontline.Tests.Touchpoints;

/// <summary>A call logged on the customer can belong to one of their open cases, and then is on that case too.</summary>
public abstract class CallOnCustomerTests(ApiFixture fx)
{
    private readonly HttpClient _agent = fx.As(Roles.Agent);

    private object Call(long? caseId) => new
    {
        channel = "Phone", direction = "Inbound", body = "Asked where the repair is.", durationSeconds = 120, caseId,
    };

    [Fact]
    public async Task A_call_logged_on_the_customer_lands_on_the_open_case_it_is_attached_to()
    {
        var customer = await Given.CustomerAsync(_agent, email: Given.UniqueEmail("call"));
        var @case = await Given.CaseAsync(_agent, fx, customer.Id);

        var response = await _agent.PostJsonAsync($"/api/v1/customers/{customer.Id}/touchpoints", Call(@case.Id));

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        (await response.ReadAsync<TimelineEntry>()).CaseId.ShouldBe(@case.Id);
        var onCase = await (await _agent.GetAsync($"/api/v1/cases/{@case.Id}/timeline")).ReadAsync<Page<TimelineEntry>>();
        onCase.Items.ShouldContain(t => t.Channel == Channel.Phone && t.Body == "Asked where the repair is.");
    }

    [Fact]
    public async Task A_call_is_not_attached_to_another_customers_case_nor_to_a_closed_one()
    {
        var customer = await Given.CustomerAsync(_agent, email: Given.UniqueEmail("call"));
        var stranger = await Given.CustomerAsync(_agent, email: Given.UniqueEmail("call"));
        var theirs = await Given.CaseAsync(_agent, fx, stranger.Id);
        var closed = await Given.CaseAsync(_agent, fx, customer.Id);
        (await _agent.PutJsonAsync($"/api/v1/cases/{closed.Id}/status", new { status = "Closed" }))
            .IsSuccessStatusCode.ShouldBeTrue();

        foreach (var caseId in new[] { theirs.Id, closed.Id })
        {
            var response = await _agent.PostJsonAsync($"/api/v1/customers/{customer.Id}/touchpoints", Call(caseId));
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
            (await response.ProblemFieldsAsync()).ShouldBe(["caseId"]);
        }
        var timeline = await (await _agent.GetAsync($"/api/v1/customers/{customer.Id}/timeline"))
            .ReadAsync<Page<TimelineEntry>>();
        timeline.Items.ShouldNotContain(t => t.Channel == Channel.Phone, "nothing was recorded");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CallOnCustomerOnSqlite(SqliteApi fx) : CallOnCustomerTests(fx);

[Collection(PostgresCollection.Name)]
public sealed class CallOnCustomerOnPostgres(PostgresApi fx) : CallOnCustomerTests(fx);
