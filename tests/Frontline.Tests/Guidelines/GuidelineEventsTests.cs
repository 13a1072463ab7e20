using System.Net;
using Frontline.Guidelines;
using Frontline.Identity;
using Frontline.Tests.Events;
using Frontline.Tests.Gestures;
using Frontline.Tests.Infrastructure;

namespace Frontline.Tests.Guidelines;

public abstract class GuidelineEventsTests(ApiFixture fx)
{
    private static readonly GuidelineContent Content = new([], "Charge the fee.", [new("fee-waiver", 20, null)], ["Offer a credit"], Roles.TeamLead);

    [Fact]
    public async Task Each_saved_version_publishes_guideline_saved_once_and_a_refused_save_nothing()
    {
        var manager = fx.As(Roles.Manager);
        var probe = await EventProbe.MarkAsync(fx);
        var world = await (await new GestureScenario(fx).CategoryAsync("Guideline events")).GuidelineAsync(Content);

        (await probe.SingleAsync<GuidelineSaved>()).ShouldBe(new GuidelineSaved(world.GuidelineId, 1, "How we handle it"));

        await probe.MarkAgainAsync();
        var refused = await manager.PutJsonAsync($"/api/v1/guidelines/{world.GuidelineId}", new { name = "", content = Content });
        var saved = await manager.PutJsonAsync($"/api/v1/guidelines/{world.GuidelineId}", new { name = "Fees, version two", content = Content });

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        saved.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await probe.TypesByCallersAsync()).ShouldBe(["guideline.saved"]);
        (await probe.SingleAsync<GuidelineSaved>()).ShouldBe(new GuidelineSaved(world.GuidelineId, 2, "Fees, version two"));
    }
}

[Collection(SqliteCollection.Name)] public sealed class GuidelineEventsOnSqlite(SqliteApi fx) : GuidelineEventsTests(fx);
[Collection(PostgresCollection.Name)] public sealed class GuidelineEventsOnPostgres(PostgresApi fx) : GuidelineEventsTests(fx);
