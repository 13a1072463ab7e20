using System.Net;
using Frontline.Gestures;
using Frontline.Gestures.Ledger;
using Frontline.Guidelines;
using Frontline.Identity;
using Frontline.Tests.Infrastructure;

namespace Frontline.Tests.Gestures;

public abstract class LedgerReportTests(ApiFixture fx)
{
    [Fact]
    public async Task The_report_shows_generosity_beside_how_the_cases_ended_and_exports_as_csv()
    {
        var world = await (await new GestureScenario(fx).CategoryAsync("Ledger")).GuidelineAsync(new GuidelineContent(
            [], "Charge the fee.", [new("fee-waiver", 20, null)], ["Offer a travel credit"], Roles.TeamLead));
        var (agentId, agent) = await fx.NewAgentAsync("Generous Agent");
        var grant = await world.GrantAsync(new
        {
            holderKind = "Agent", holderAgentId = agentId, gesture = "fee-waiver",
            categoryIds = new[] { world.CategoryId }, maxPerGesture = 50, currency = "EUR", budgetAmount = 200, budgetPeriod = "Month"
        });
        var customer = await Given.CustomerAsync(agent);
        var firstContact = await world.CaseAsync(agent, customer, "Solved at once");
        var cameBack = await world.CaseAsync(agent, customer, "Needed a second call");
        await agent.PostJsonAsync($"/api/v1/cases/{firstContact.Id}/touchpoints", new { channel = "Phone", direction = "Inbound", body = "Please waive it." });
        foreach (var body in new[] { "Please waive it.", "Calling again about the fee." })
            await agent.PostJsonAsync($"/api/v1/cases/{cameBack.Id}/touchpoints", new { channel = "Phone", direction = "Inbound", body });
        foreach (var (@case, amount) in new[] { (firstContact, 20m), (cameBack, 30m), (cameBack, 15m) })
            (await agent.PostJsonAsync($"/api/v1/cases/{@case.Id}/gestures", new
            {
                gesture = "fee-waiver", amount, reason = "Goodwill", grantAgainReason = "A second fee on the same booking.",
            }))
                .StatusCode.ShouldBe(HttpStatusCode.Created);
        foreach (var @case in new[] { firstContact, cameBack })
            await agent.PutJsonAsync($"/api/v1/cases/{@case.Id}/status", new { status = "Resolved", note = "Solved on the phone." });
        await agent.PostJsonAsync($"/api/v1/cases/{firstContact.Id}/touchpoints", new { channel = "Feedback", direction = "Inbound", body = "Quick and kind." });
        var from = Uri.EscapeDataString(DateTime.UtcNow.AddHours(-1).ToString("O"));
        var lead = fx.As(Roles.TeamLead);

        var report = await (await lead.GetAsync($"/api/v1/ledger/report?by=Category&from={from}")).ReadAsync<LedgerReportView>();
        var csv = await lead.GetStringAsync($"/api/v1/ledger/report.csv?by=Category&from={from}");

        var row = report.Rows.Single(r => r.Key.StartsWith("Ledger "));
        row.Gestures.ShouldBe(3);
        row.Totals.ShouldBe([new Frontline.Common.Money(65, "EUR")]);
        (row.Cases, row.ResolvedCases, row.ResolvedAtFirstContact, row.FirstContactRate, row.WithFeedback).ShouldBe((2, 2, 1, 0.5, 1));
        var budget = report.Budgets.Single(b => b.GrantId == grant);
        budget.Spent.Single().ShouldBe(new BudgetSpend("Generous Agent", new Frontline.Common.Money(65, "EUR"), new Frontline.Common.Money(135, "EUR")));
        csv.Split('\n')[0].ShouldBe("category,gestures,by_approval,total,currency,cases,resolved,resolved_at_first_contact,first_contact_rate,with_feedback");
        csv.ShouldContain($"{row.Key},3,0,65.00,EUR,2,2,1,0.5,1");
    }

    [Theory]
    [InlineData("from=2026-12-01T00:00:00Z&to=2026-11-01T00:00:00Z", "from")]
    [InlineData("to=2026-12-01T00:00:00", "to")]
    [InlineData("from=2020-01-01T00:00:00Z&to=2026-01-01T00:00:00Z", "from")]
    [InlineData("by=Weather", "by")]
    public async Task A_report_over_a_bad_period_is_refused_naming_the_field(string query, string field) =>
        (await (await fx.As(Roles.Manager).GetAsync($"/api/v1/ledger/report?{query}")).ProblemFieldsAsync()).ShouldBe([field]);

    [Fact]
    public async Task Agents_do_not_read_the_ledger() =>
        (await fx.As(Roles.Agent).GetAsync("/api/v1/ledger/report")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
}

[Collection(SqliteCollection.Name)]
public sealed class LedgerReportOnSqlite(SqliteApi fx) : LedgerReportTests(fx);

[Collection(PostgresCollection.Name)]
public sealed class LedgerReportOnPostgres(PostgresApi fx) : LedgerReportTests(fx);
