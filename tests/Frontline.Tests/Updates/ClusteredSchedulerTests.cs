using Frontline.Identity;
using Frontline.Tests.Infrastructure;
using Frontline.Updates;
using Frontline.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Tests.Updates;

/// <summary>
/// Two more nodes on the same PostgreSQL database, checking for due updates every second: they share one clustered
/// Quartz schedule, and an update due now goes out exactly once.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ClusteredSchedulerTests(PostgresApi fx)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private WebApplication Node() => FrontlineApp.Build(["--Database:Provider=PostgreSql", $"--ConnectionStrings:Frontline={fx.Database.ConnectionString}",
        "--urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning", "--Frontline:Updates:CheckSeconds=1"]);

    [Fact]
    public async Task Two_nodes_share_one_clustered_schedule_and_send_an_update_due_now_once()
    {
        await using var first = Node();
        await using var second = Node();
        await first.StartAsync(Ct);
        await second.StartAsync(Ct);
        try
        {
            var agent = fx.As(Roles.Agent);
            var customer = await Given.CustomerAsync(agent, email: Given.UniqueEmail("cluster"));
            var @case = await Given.CaseAsync(agent, fx, customer.Id, channel: Frontline.Touchpoints.Channel.Email);
            (await agent.PutJsonAsync($"/api/v1/cases/{@case.Id}/updates", new { everyHours = 24, firstInMinutes = 0, quietHours = false }))
                .StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);

            await using var db = fx.OpenDb();
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (DateTime.UtcNow < deadline && !await db.Touchpoints.AnyAsync(t => t.CaseId == @case.Id && t.Outcome == ProactiveUpdates.Outcome, Ct))
                await Task.Delay(250, Ct);
            await Task.Delay(3000, Ct); // time for a second send, were there one

            (await db.Touchpoints.CountAsync(t => t.CaseId == @case.Id && t.Outcome == ProactiveUpdates.Outcome, Ct)).ShouldBe(1);
            var nodes = await db.Database.SqlQueryRaw<long>("SELECT count(DISTINCT instance_name) AS \"Value\" FROM qrtz_scheduler_state").SingleAsync(Ct);
            nodes.ShouldBeGreaterThanOrEqualTo(2, "the nodes check in to one clustered schedule");
        }
        finally
        {
            await second.StopAsync(CancellationToken.None);
            await first.StopAsync(CancellationToken.None);
        }
    }
}
