using System.Net;
using Frontline.Authority;
using Frontline.Guidelines;
using Frontline.Identity;
using Frontline.Tests.Events;
using Frontline.Tests.Gestures;
using Frontline.Tests.Infrastructure;

namespace Frontline.Tests.Authority;

public abstract class AuthorityEventsTests(ApiFixture fx)
{
    private readonly HttpClient _manager = fx.As(Roles.Manager);

    [Fact]
    public async Task A_grant_publishes_authority_grant_changed_when_made_and_when_revoked_once()
    {
        var world = await new GestureScenario(fx).CategoryAsync("Grant events");
        var probe = await EventProbe.MarkAsync(fx);

        var grant = await world.GrantAsync(new
        {
            holderKind = "Team", holderTeamId = world.TeamId, gesture = "fee-waiver",
            categoryIds = new[] { world.CategoryId }, maxPerGesture = 40, currency = "EUR"
        });
        var refused = await _manager.PostJsonAsync("/api/v1/authority/grants", new { holderKind = "Team", gesture = "fee-waiver", maxPerGesture = 40 });

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await probe.SingleAsync<AuthorityGrantChanged>())
            .ShouldBe(new AuthorityGrantChanged(grant, HolderKind.Team, $"team {world.TeamId}", Active: true));

        await probe.MarkAgainAsync();
        (await _manager.DeleteAsync($"/api/v1/authority/grants/{grant}", TestContext.Current.CancellationToken)).StatusCode
            .ShouldBe(HttpStatusCode.NoContent);
        (await _manager.DeleteAsync($"/api/v1/authority/grants/{grant}", TestContext.Current.CancellationToken)).StatusCode
            .ShouldBe(HttpStatusCode.NoContent);

        (await probe.TypesByCallersAsync()).ShouldBe(["authority-grant.changed"]);
        (await probe.SingleAsync<AuthorityGrantChanged>()).Active.ShouldBeFalse();
    }

    [Fact]
    public async Task A_new_gesture_kind_publishes_gesture_kind_added_and_a_refused_one_nothing()
    {
        var code = $"lounge-{Guid.NewGuid():N}"[..20];
        var probe = await EventProbe.MarkAsync(fx);

        var created = await _manager.PostJsonAsync("/api/v1/gesture-kinds", new { code, name = "Lounge pass", verb = "give a lounge pass" });
        var twin = await _manager.PostJsonAsync("/api/v1/gesture-kinds", new { code, name = "Twin", verb = "give" });

        twin.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var view = await created.ReadAsync<GestureKindView>();
        (await probe.SingleAsync<GestureKindAdded>()).ShouldBe(new GestureKindAdded(view.Id, code, "Lounge pass", false));
        (await probe.TypesByCallersAsync()).ShouldBe(["gesture-kind.added"]);
    }
}

[Collection(SqliteCollection.Name)] public sealed class AuthorityEventsOnSqlite(SqliteApi fx) : AuthorityEventsTests(fx);
[Collection(PostgresCollection.Name)] public sealed class AuthorityEventsOnPostgres(PostgresApi fx) : AuthorityEventsTests(fx);
