using System.Net;
using Frontline.Cases;
using Frontline.Identity;
using Frontline.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Tests.Cases;

public abstract class CaseEventsTests(ApiFixture fx)
{
    private readonly HttpClient _agent = fx.As(Roles.Agent);

    private async Task<CaseView> CaseAsync(string name)
    {
        var customer = await Given.CustomerAsync(_agent, name, Given.UniqueEmail());
        return await Given.CaseAsync(_agent, fx, customer.Id, $"{name}'s case");
    }

    [Fact]
    public async Task A_status_change_publishes_case_status_changed_once_with_before_and_after()
    {
        var @case = await CaseAsync("Stella Status");
        var after = await Published.LastAsync(fx);

        (await _agent.PutJsonAsync($"/api/v1/cases/{@case.Id}/status", new { status = "Pending" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var changed = (await Published.SinceAsync(fx, after, "case.status-changed", @case.Id)).ShouldHaveSingleItem();
        changed.ActorAgentId.ShouldBe(fx.AgentId(Roles.Agent));
        changed.Read<CaseStatusChanged>().ShouldBe(new CaseStatusChanged(@case.Id, @case.CustomerId, CaseStatus.Open, CaseStatus.Pending));
    }

    [Fact]
    public async Task A_refused_status_change_publishes_nothing()
    {
        var @case = await CaseAsync("Rita Refused");
        var after = await Published.LastAsync(fx);

        var refused = await _agent.PutJsonAsync($"/api/v1/cases/{@case.Id}/status", new { status = "Nowhere" });
        var unchanged = await _agent.PutJsonAsync($"/api/v1/cases/{@case.Id}/status", new { status = "Open" });

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        unchanged.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Published.SinceAsync(fx, after, "case.status-changed", @case.Id)).ShouldBeEmpty();
        (await Published.SinceAsync(fx, after, "touchpoint.recorded", @case.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Resolving_asks_the_customer_through_a_handler_once()
    {
        var @case = await CaseAsync("Ruth Resolved");

        (await _agent.PutJsonAsync($"/api/v1/cases/{@case.Id}/status", new { status = "Resolved", note = "Solved on the phone." })).StatusCode.ShouldBe(HttpStatusCode.OK);
        await fx.EventsDeliveredAsync();

        await using var db = fx.OpenDb();
        var asked = await db.Touchpoints.Where(t => t.CaseId == @case.Id && t.Outcome == CaseClosure.AskOutcome)
            .ToListAsync(TestContext.Current.CancellationToken);
        asked.ShouldHaveSingleItem().Channel.ShouldBe(Frontline.Touchpoints.Channel.Email);
        var mail = await db.OutboundEmails.SingleAsync(m => m.TouchpointId == asked[0].Id, TestContext.Current.CancellationToken);
        mail.Status.ShouldBe(Frontline.Channels.Email.DeliveryStatus.Sent);
    }

    [Fact]
    public async Task An_assignment_publishes_case_assigned_with_who_had_it_before_and_a_refused_one_nothing()
    {
        var @case = await CaseAsync("Anna Assigned");
        var agentId = fx.AgentId(Roles.Agent);
        var after = await Published.LastAsync(fx);

        var refused = await _agent.PutJsonAsync($"/api/v1/cases/{@case.Id}/assignment", new { assigneeId = -5 });
        var assigned = await _agent.PutJsonAsync($"/api/v1/cases/{@case.Id}/assignment", new { assigneeId = agentId, teamId = fx.TeamId });
        var again = await _agent.PutJsonAsync($"/api/v1/cases/{@case.Id}/assignment", new { assigneeId = agentId, teamId = fx.TeamId });

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        assigned.StatusCode.ShouldBe(HttpStatusCode.OK);
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        var only = (await Published.SinceAsync(fx, after, "case.assigned", @case.Id)).ShouldHaveSingleItem();
        only.Read<CaseAssigned>().ShouldBe(new CaseAssigned(@case.Id, @case.CustomerId, agentId, fx.TeamId, @case.AssigneeId, @case.TeamId));
    }

    [Fact]
    public async Task A_round_robin_assignment_publishes_case_assigned_to_the_member_chosen()
    {
        var @case = await CaseAsync("Robin Round");
        var after = await Published.LastAsync(fx);

        var view = await (await _agent.PutJsonAsync($"/api/v1/cases/{@case.Id}/assignment", new { teamId = fx.TeamId, roundRobin = true }))
            .ReadAsync<CaseView>();

        var only = (await Published.SinceAsync(fx, after, "case.assigned", @case.Id)).ShouldHaveSingleItem();
        only.Read<CaseAssigned>().AssigneeId.ShouldBe(view.AssigneeId);
        view.AssigneeId.ShouldNotBeNull();
    }

    [Fact]
    public async Task A_category_change_publishes_case_category_changed_once_and_a_refused_one_nothing()
    {
        var @case = await CaseAsync("Cora Category");
        var billing = await fx.IdOfCategoryAsync("Delivery");
        var after = await Published.LastAsync(fx);

        var refused = await _agent.PutJsonAsync($"/api/v1/cases/{@case.Id}/category", new { categoryId = -1 });
        var moved = await _agent.PutJsonAsync($"/api/v1/cases/{@case.Id}/category", new { categoryId = billing });

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        moved.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Published.SinceAsync(fx, after, "case.category-changed", @case.Id)).ShouldHaveSingleItem().Read<CaseCategoryChanged>()
            .ShouldBe(new CaseCategoryChanged(@case.Id, @case.CustomerId, @case.CategoryId, billing));
    }

    [Fact]
    public async Task An_asset_change_publishes_case_asset_changed_once_and_a_refused_one_nothing()
    {
        var customer = await Given.CustomerAsync(_agent, "Asa Asset", Given.UniqueEmail());
        var @case = await Given.CaseAsync(_agent, fx, customer.Id, "Asa's case");
        var remote = await new Frontline.Tests.Gestures.GestureScenario(fx).AssetAsync(_agent, customer.Id, "TV-REMOTE", new DateOnly(2025, 10, 1));
        var after = await Published.LastAsync(fx);

        var refused = await _agent.PutJsonAsync($"/api/v1/cases/{@case.Id}/asset", new { assetId = -3 });
        var set = await _agent.PutJsonAsync($"/api/v1/cases/{@case.Id}/asset", new { assetId = remote.Id });
        var same = await _agent.PutJsonAsync($"/api/v1/cases/{@case.Id}/asset", new { assetId = remote.Id });

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (set.StatusCode, same.StatusCode).ShouldBe((HttpStatusCode.OK, HttpStatusCode.OK));
        (await Published.SinceAsync(fx, after, "case.asset-changed", @case.Id)).ShouldHaveSingleItem().Read<CaseAssetChanged>()
            .ShouldBe(new CaseAssetChanged(@case.Id, customer.Id, remote.Id));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CaseEventsOnSqlite(SqliteApi fx) : CaseEventsTests(fx);

[Collection(PostgresCollection.Name)]
public sealed class CaseEventsOnPostgres(PostgresApi fx) : CaseEventsTests(fx);
