using System.Net;
using Frontline.Identity;
using Frontline.Tests.Infrastructure;
using Frontline.Touchpoints;

namespace Frontline.Tests.Touchpoints;

/// <summary>Who wrote a touchpoint and when are Frontline's to say: the caller (or the customer, inbound), never
/// in the future, and backdated past a day only by a manager.</summary>
public abstract class TouchpointAuthorshipTests(ApiFixture fx)
{
    private readonly HttpClient _agent = fx.As(Roles.Agent);
    private readonly HttpClient _manager = fx.As(Roles.Manager);

    [Fact]
    public async Task An_agent_key_cannot_name_another_author()
    {
        var customer = await Given.CustomerAsync(_agent);

        var response = await _agent.PostJsonAsync($"/api/v1/customers/{customer.Id}/touchpoints",
            new { channel = "Phone", direction = "Outbound", author = "The CEO", body = "Approved personally." });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ProblemFieldsAsync()).ShouldBe(["author"]);
    }

    [Fact]
    public async Task An_outbound_touchpoint_is_the_callers_and_an_inbound_one_the_customers()
    {
        var customer = await Given.CustomerAsync(_agent, "Ines Inbound");

        var outbound = await (await _agent.PostJsonAsync($"/api/v1/customers/{customer.Id}/touchpoints",
            new { channel = "Phone", direction = "Outbound", body = "Called back." })).ReadAsync<TimelineEntry>();
        var inbound = await (await _agent.PostJsonAsync($"/api/v1/customers/{customer.Id}/touchpoints",
            new { channel = "Phone", direction = "Inbound", body = "She called." })).ReadAsync<TimelineEntry>();

        outbound.Author.ShouldBe("Test Agent (API key test Agent)");
        inbound.Author.ShouldBe("Ines Inbound");
    }

    [Fact]
    public async Task A_touchpoint_cannot_happen_in_the_future()
    {
        var customer = await Given.CustomerAsync(_agent);

        var response = await _manager.PostJsonAsync($"/api/v1/customers/{customer.Id}/touchpoints",
            new { channel = "Phone", direction = "Internal", body = "Will call.", occurredAt = DateTime.UtcNow.AddHours(1) });
        var skewed = await _agent.PostJsonAsync($"/api/v1/customers/{customer.Id}/touchpoints",
            new { channel = "Phone", direction = "Internal", body = "Clock a little ahead.", occurredAt = DateTime.UtcNow.AddMinutes(2) });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ProblemFieldsAsync()).ShouldBe(["occurredAt"]);
        skewed.StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Only_a_manager_backdates_a_touchpoint_beyond_a_day()
    {
        var customer = await Given.CustomerAsync(_agent);
        object Visit(double daysAgo) =>
            new { channel = "StoreVisit", direction = "Inbound", body = "Came in.", occurredAt = DateTime.UtcNow.AddDays(-daysAgo) };

        var agentYesterday = await _agent.PostJsonAsync($"/api/v1/customers/{customer.Id}/touchpoints", Visit(0.5));
        var agentLastMonth = await _agent.PostJsonAsync($"/api/v1/customers/{customer.Id}/touchpoints", Visit(30));
        var managerLastMonth = await _manager.PostJsonAsync($"/api/v1/customers/{customer.Id}/touchpoints", Visit(30));

        agentYesterday.StatusCode.ShouldBe(HttpStatusCode.Created);
        agentLastMonth.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await agentLastMonth.ProblemFieldsAsync()).ShouldBe(["occurredAt"]);
        managerLastMonth.StatusCode.ShouldBe(HttpStatusCode.Created);
    }
}

[Collection(SqliteCollection.Name)] public sealed class TouchpointAuthorshipOnSqlite(SqliteApi fx) : TouchpointAuthorshipTests(fx);
[Collection(PostgresCollection.Name)] public sealed class TouchpointAuthorshipOnPostgres(PostgresApi fx) : TouchpointAuthorshipTests(fx);
