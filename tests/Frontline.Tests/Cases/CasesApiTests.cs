using System.Net;
using Frontline.Api;
using Frontline.Cases;
using Case = Frontline.Cases.Case;
using Frontline.Tests.Infrastructure;
using Frontline.Touchpoints;

namespace Frontline.Tests.Cases;

public abstract class CasesApiTests(ApiFixture fx)
{
    private readonly HttpClient _agent = fx.As("Agent");

    [Fact]
    public async Task Opening_a_case_puts_the_customers_own_words_first_on_its_timeline()
    {
        var customer = await Given.CustomerAsync(_agent);

        var opened = await Given.CaseAsync(_agent, fx, customer.Id, description: "No buttons respond, new batteries did not help.");

        opened.Number.ShouldBe(Case.NumberOf(opened.Id));
        opened.Status.ShouldBe(CaseStatus.Open);
        opened.CustomerName.ShouldBe(customer.Name);
        var timeline = await (await _agent.GetAsync($"/api/v1/cases/{opened.Id}/timeline")).ReadAsync<Page<TimelineEntry>>();
        timeline.Items[0].Body.ShouldBe("No buttons respond, new batteries did not help.");
        timeline.Items[0].Direction.ShouldBe(Direction.Inbound);
        timeline.Items[0].Author.ShouldBe(customer.Name);
    }

    [Fact]
    public async Task Opening_a_case_for_unknown_customer_and_category_names_both_and_writes_nothing()
    {
        var before = await fx.CountAsync<Case>();

        var response = await _agent.PostJsonAsync("/api/v1/cases", new { customerId = 99999999, categoryId = 99999999, subject = "", channel = "Phone" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ProblemFieldsAsync()).ShouldBe(["customerId", "categoryId", "subject"], ignoreOrder: true);
        (await fx.CountAsync<Case>()).ShouldBe(before);
    }

    [Fact]
    public async Task A_case_moves_along_its_lifecycle_and_a_closed_case_can_only_be_reopened()
    {
        var customer = await Given.CustomerAsync(_agent);
        var opened = await Given.CaseAsync(_agent, fx, customer.Id);

        foreach (var status in new[] { "Pending", "Resolved", "Closed" })
            (await _agent.PutJsonAsync($"/api/v1/cases/{opened.Id}/status", new { status, note = "Fixed." }))
                .StatusCode.ShouldBe(HttpStatusCode.OK);
        var refused = await _agent.PutJsonAsync($"/api/v1/cases/{opened.Id}/status", new { status = "Pending" });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.ProblemFieldsAsync()).ShouldBe(["status"]);
        var reopened = await (await _agent.PutJsonAsync($"/api/v1/cases/{opened.Id}/status", new { status = "Open" })).ReadAsync<CaseView>();

        reopened.Status.ShouldBe(CaseStatus.Open);
        reopened.ClosedAt.ShouldBeNull();
    }

    [Fact]
    public async Task Assignment_and_category_changes_are_written_to_the_timeline()
    {
        var customer = await Given.CustomerAsync(_agent);
        var opened = await Given.CaseAsync(_agent, fx, customer.Id);
        var lead = fx.AgentId("TeamLead");

        var assigned = await (await _agent.PutJsonAsync($"/api/v1/cases/{opened.Id}/assignment", new { assigneeId = lead })).ReadAsync<CaseView>();
        var moved = await (await _agent.PutJsonAsync($"/api/v1/cases/{opened.Id}/category",
            new { categoryId = await fx.IdOfCategoryAsync("Complaint") })).ReadAsync<CaseView>();

        assigned.AssigneeId.ShouldBe(lead);
        assigned.Assignee.ShouldBe("Test TeamLead");
        moved.Category.ShouldBe("Complaint");
        var timeline = await (await _agent.GetAsync($"/api/v1/cases/{opened.Id}/timeline")).ReadAsync<Page<TimelineEntry>>();
        timeline.Items.Select(t => t.Body).ShouldContain(b => b.StartsWith("Assigned to Test TeamLead"));
        timeline.Items.Select(t => t.Body).ShouldContain(b => b.StartsWith("Category changed from Warranty and repair to Complaint"));
    }

    [Fact]
    public async Task Assigning_to_an_unknown_agent_is_rejected_naming_the_field()
    {
        var customer = await Given.CustomerAsync(_agent);
        var opened = await Given.CaseAsync(_agent, fx, customer.Id);

        var response = await _agent.PutJsonAsync($"/api/v1/cases/{opened.Id}/assignment", new { assigneeId = 99999999, teamId = 99999999 });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ProblemFieldsAsync()).ShouldBe(["assigneeId", "teamId"], ignoreOrder: true);
        var after = await (await _agent.GetAsync($"/api/v1/cases/{opened.Id}")).ReadAsync<CaseView>();
        after.ShouldBe(opened);
    }

    [Fact]
    public async Task Cases_are_listed_by_customer_and_status()
    {
        var customer = await Given.CustomerAsync(_agent);
        var first = await Given.CaseAsync(_agent, fx, customer.Id, "First");
        var second = await Given.CaseAsync(_agent, fx, customer.Id, "Second");
        await _agent.PutJsonAsync($"/api/v1/cases/{first.Id}/status", new { status = "Resolved", note = "Solved on the phone." });

        var all = await (await _agent.GetAsync($"/api/v1/cases?customerId={customer.Id}")).ReadAsync<Page<CaseView>>();
        var open = await (await _agent.GetAsync($"/api/v1/cases?customerId={customer.Id}&status=Open")).ReadAsync<Page<CaseView>>();

        all.Items.Select(c => c.Id).ShouldBe([second.Id, first.Id]);
        open.Items.Select(c => c.Id).ShouldBe([second.Id]);
    }

    [Fact]
    public async Task An_unknown_case_is_404()
    {
        (await _agent.GetAsync("/api/v1/cases/99999999")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _agent.GetAsync("/api/v1/cases/99999999/timeline")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CasesApiOnSqlite(SqliteApi fx) : CasesApiTests(fx);

[Collection(PostgresCollection.Name)]
public sealed class CasesApiOnPostgres(PostgresApi fx) : CasesApiTests(fx);
