using System.Net;
using Frontline.Cases;
using Frontline.Tests.Infrastructure;

namespace Frontline.Tests.Cases;

public abstract class ElasticGuideApiTests(ApiFixture fx)
{
    [Fact]
    public async Task The_guide_lists_the_seven_steps_and_keeps_what_the_agent_did_with_the_latest_record_shown()
    {
        var agent = fx.As("Agent");
        var customer = await Given.CustomerAsync(agent, email: Given.UniqueEmail("elastic"));
        var @case = await Given.CaseAsync(agent, fx, customer.Id);

        var empty = await (await agent.GetAsync($"/api/v1/cases/{@case.Id}/elastic")).ReadAsync<List<ElasticStepView>>();
        await agent.PostJsonAsync($"/api/v1/cases/{@case.Id}/elastic", new { step = "Apologize", note = "Said sorry for the wait." });
        var response = await agent.PostJsonAsync($"/api/v1/cases/{@case.Id}/elastic", new { step = "Apologize", note = "Said sorry for the broken remote." });
        var guide = await response.ReadAsync<List<ElasticStepView>>();

        empty.Select(s => s.Step).ShouldBe([ElasticStep.Empathize, ElasticStep.Listen, ElasticStep.Apologize, ElasticStep.Sort, ElasticStep.Thank,
            ElasticStep.Inform, ElasticStep.Close]);
        empty.ShouldAllBe(s => !s.Done && s.Prompt.Length > 0);
        var apologize = guide.Single(s => s.Step == ElasticStep.Apologize);
        apologize.Done.ShouldBeTrue();
        apologize.Note.ShouldBe("Said sorry for the broken remote.");
        apologize.By.ShouldBe("Test Agent (API key test Agent)");
        guide.Count(s => s.Done).ShouldBe(1);
        (await fx.CountAsync<ElasticRecord>()).ShouldBeGreaterThanOrEqualTo(2);
        var events = await (await fx.As("Admin").GetAsync($"/api/v1/events?type=case.elastic-step-recorded&caseId={@case.Id}"))
            .ReadAsync<Frontline.Events.EventLogPage>();
        events.Items.Select(e => e.Data.GetProperty("step").GetString()).ShouldBe(["Apologize", "Apologize"]);
    }

    [Fact]
    public async Task An_unknown_step_or_a_missing_case_changes_nothing()
    {
        var agent = fx.As("Agent");
        var customer = await Given.CustomerAsync(agent, email: Given.UniqueEmail("elastic"));
        var @case = await Given.CaseAsync(agent, fx, customer.Id);
        var before = await fx.CountAsync<ElasticRecord>();

        var unknown = await agent.PostJsonAsync($"/api/v1/cases/{@case.Id}/elastic", new { step = "Shrug", note = "" });
        var missing = await agent.PostJsonAsync($"/api/v1/cases/{@case.Id}/elastic", new { note = "no step" });
        var noCase = await agent.PostJsonAsync("/api/v1/cases/99999999/elastic", new { step = "Thank" });

        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await unknown.ProblemFieldsAsync()).ShouldBe(["step"]);
        (await missing.ProblemFieldsAsync()).ShouldBe(["step"]);
        noCase.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await fx.CountAsync<ElasticRecord>()).ShouldBe(before);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ElasticGuideOnSqlite(SqliteApi fx) : ElasticGuideApiTests(fx);

[Collection(PostgresCollection.Name)]
public sealed class ElasticGuideOnPostgres(PostgresApi fx) : ElasticGuideApiTests(fx);
