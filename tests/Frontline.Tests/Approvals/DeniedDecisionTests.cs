using System.Net;
using System.Text.Json;
using Frontline.Gestures;
using Frontline.Guidelines;
using Frontline.Identity;
using Frontline.Tests.Gestures;
using Frontline.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Tests.Approvals;

/// <summary>A decision the caller may not make answers through the one outcome mapping: 403 with the reason.</summary>
public abstract class DeniedDecisionTests(ApiFixture fx)
{
    [Fact]
    public async Task A_decision_on_ones_own_request_is_a_403_problem_saying_why_and_decides_nothing()
    {
        var world = await (await new GestureScenario(fx).CategoryAsync("Denied decision")).GuidelineAsync(
            new GuidelineContent([], "Charge the fee.", [new("fee-waiver", 100, null)], [], Roles.TeamLead));
        var manager = fx.As(Roles.Manager);
        var @case = await world.CaseAsync(manager, await Given.CustomerAsync(manager), "Fees");
        var asked = await (await manager.PostJsonAsync($"/api/v1/cases/{@case.Id}/gestures",
            new { gesture = "fee-waiver", amount = 9_000, currency = "EUR", reason = "r" })).ReadAsync<GrantResult>();

        var decided = await manager.PostJsonAsync($"/api/v1/approvals/{asked.Approval!.Id}/decision", new { decision = "Approve" });

        decided.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        decided.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        using var problem = JsonDocument.Parse(await decided.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("status").GetInt32().ShouldBe(403);
        problem.RootElement.GetProperty("title").GetString()!.ShouldContain("Nobody decides a request they raised");
        await using var db = fx.OpenDb();
        var request = await db.ApprovalRequests.SingleAsync(r => r.Id == asked.Approval.Id, TestContext.Current.CancellationToken);
        request.Status.ShouldBe(Frontline.Approvals.ApprovalStatus.Pending);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class DeniedDecisionOnSqlite(SqliteApi fx) : DeniedDecisionTests(fx);

[Collection(PostgresCollection.Name)]
public sealed class DeniedDecisionOnPostgres(PostgresApi fx) : DeniedDecisionTests(fx);
