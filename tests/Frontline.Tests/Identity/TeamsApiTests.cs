using System.Net;
using Frontline.Cases;
using Frontline.Identity;
using Frontline.Tests.Infrastructure;

namespace Frontline.Tests.Identity;

public abstract class TeamsApiTests(ApiFixture fx)
{
    private async Task<TeamView> TeamAsync(string name, params long[] memberIds) =>
        await (await fx.As(Roles.Manager).PostJsonAsync("/api/v1/teams",
            new { name = $"{name} {Guid.NewGuid():N}"[..30], timeZone = "Europe/Berlin", memberIds })).ReadAsync<TeamView>();

    [Fact]
    public async Task A_manager_renames_a_team_moves_its_zone_and_changes_its_members()
    {
        var team = await TeamAsync("Counter", fx.AgentId(Roles.Agent));
        var name = $"Counter Mitte {Guid.NewGuid():N}"[..30];

        var updated = await fx.As(Roles.Manager).PutJsonAsync($"/api/v1/teams/{team.Id}",
            new { name, timeZone = "Europe/Vienna", memberIds = new[] { fx.AgentId(Roles.TeamLead) } });

        var view = await updated.ReadAsync<TeamView>();
        (view.Name, view.TimeZone, view.IsActive).ShouldBe((name, "Europe/Vienna", true));
        view.MemberIds.ShouldBe([fx.AgentId(Roles.TeamLead)]);
        (await (await fx.As(Roles.Agent).GetAsync($"/api/v1/teams/{team.Id}")).ReadAsync<TeamView>()).Name.ShouldBe(name);
    }

    [Fact]
    public async Task A_bad_update_names_each_field_and_changes_nothing()
    {
        var team = await TeamAsync("Desk");
        var other = await TeamAsync("Other desk");

        var refused = await fx.As(Roles.Manager).PutJsonAsync($"/api/v1/teams/{team.Id}",
            new { name = other.Name, timeZone = "Mars/Olympus", memberIds = new[] { 999_999L } });

        (await refused.ProblemFieldsAsync()).ShouldBe(["name", "timeZone", "memberIds"], ignoreOrder: true);
        (await (await fx.As(Roles.Agent).GetAsync($"/api/v1/teams/{team.Id}")).ReadAsync<TeamView>()).ShouldBe(team, new TeamComparer());
    }

    [Fact]
    public async Task A_deactivated_team_takes_no_new_cases_until_it_is_reactivated()
    {
        var team = await TeamAsync("Closed store", fx.AgentId(Roles.Agent));
        var agent = fx.As(Roles.Agent);
        var @case = await Given.CaseAsync(agent, fx, (await Given.CustomerAsync(agent)).Id);

        var deactivated = await (await fx.As(Roles.Manager).PostAsync($"/api/v1/teams/{team.Id}/deactivate", null)).ReadAsync<TeamView>();
        var refused = await agent.PutJsonAsync($"/api/v1/cases/{@case.Id}/assignment", new { teamId = team.Id, roundRobin = true });
        await fx.As(Roles.Manager).PostAsync($"/api/v1/teams/{team.Id}/reactivate", null);
        var assigned = await agent.PutJsonAsync($"/api/v1/cases/{@case.Id}/assignment", new { teamId = team.Id, roundRobin = true });

        deactivated.IsActive.ShouldBeFalse();
        (await refused.ProblemFieldsAsync()).ShouldBe(["teamId"]);
        (await assigned.ReadAsync<CaseView>()).TeamId.ShouldBe(team.Id);
    }

    [Fact]
    public async Task Only_managers_change_teams()
    {
        var team = await TeamAsync("Guarded");

        var update = await fx.As(Roles.TeamLead).PutJsonAsync($"/api/v1/teams/{team.Id}", new { name = "Mine now" });
        var deactivate = await fx.As(Roles.Agent).PostAsync($"/api/v1/teams/{team.Id}/deactivate", null);
        var missing = await fx.As(Roles.Manager).PutJsonAsync("/api/v1/teams/999999", new { name = "Nobody" });

        update.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        deactivate.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private sealed class TeamComparer : IEqualityComparer<TeamView>
    {
        public bool Equals(TeamView? x, TeamView? y) =>
            x is not null && y is not null && (x.Id, x.Name, x.TimeZone, x.IsActive) == (y.Id, y.Name, y.TimeZone, y.IsActive)
            && x.MemberIds.SequenceEqual(y.MemberIds);

        public int GetHashCode(TeamView obj) => obj.Id.GetHashCode();
    }
}

[Collection(SqliteCollection.Name)]
public sealed class TeamsApiOnSqlite(SqliteApi fx) : TeamsApiTests(fx);

[Collection(PostgresCollection.Name)]
public sealed class TeamsApiOnPostgres(PostgresApi fx) : TeamsApiTests(fx);
