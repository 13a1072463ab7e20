using System.Net;
using Frontline.Channels.Chat;
using Frontline.Home;
using Frontline.Identity;
using Frontline.Tests.Infrastructure;

namespace Frontline.Tests.Home;

/// <summary>GET /api/v1/me/home: the caller's counts and first items, as an agent and as a lead.</summary>
public abstract class HomeApiTests(ApiFixture fx)
{
    private static async Task<HomeView> HomeAsync(HttpClient client)
    {
        var response = await client.GetAsync("/api/v1/me/home");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<HomeView>();
    }

    [Fact]
    public async Task An_agent_counts_their_cases_and_their_teams_and_never_another_teams()
    {
        var work = await HomeWork.CreateAsync(fx);
        var mine = await work.CaseAsync(work.TeamA, work.Agent.Id);
        var waiting = await work.CaseAsync(work.TeamA, null);
        var elsewhere = await work.CaseAsync(work.TeamB, null);
        await work.CaseAsync(work.TeamB, work.Other.Id);

        var home = await HomeAsync(work.Agent.Client);

        home.Counts.Mine.ShouldBe(1);
        home.Counts.Team.ShouldBe(2);
        home.Counts.Unassigned.ShouldBe(1);
        home.Lists.Mine.ShouldHaveSingleItem().Id.ShouldBe(mine.Id);
        home.Lists.Unassigned.ShouldHaveSingleItem().Id.ShouldBe(waiting.Id);
        home.Lists.Team.Select(c => c.Id).ShouldNotContain(elsewhere.Id);
        home.Counts.Approvals.ShouldBeNull("an agent has no approval inbox");
        home.TeamLoad.ShouldBeNull("only leads see their team's load");
        var other = await HomeAsync(work.Other.Client);
        (other.Counts.Mine, other.Counts.Team, other.Counts.Unassigned).ShouldBe((1, 2, 1));
        other.Lists.Unassigned.ShouldHaveSingleItem().Id.ShouldBe(elsewhere.Id);
    }

    [Fact]
    public async Task A_lead_also_sees_their_approval_inbox_and_the_open_cases_of_each_member()
    {
        var work = await HomeWork.CreateAsync(fx);
        await work.CaseAsync(work.TeamA, work.Agent.Id);
        await work.CaseAsync(work.TeamA, work.Agent.Id);
        await work.CaseAsync(work.TeamB, work.Other.Id);

        var home = await HomeAsync(work.Lead.Client);

        home.Counts.Approvals.ShouldNotBeNull();
        home.Counts.Mine.ShouldBe(0);
        home.Counts.Team.ShouldBe(2);
        var load = home.TeamLoad.ShouldNotBeNull();
        load.Select(m => (m.AgentId, m.OpenCases)).ShouldBe([(work.Agent.Id, 2), (work.Lead.Id, 0)]);
    }

    [Fact]
    public async Task A_case_given_to_an_agent_by_someone_else_counts_as_theirs_and_as_a_notification()
    {
        var work = await HomeWork.CreateAsync(fx);
        var before = await HomeAsync(work.Agent.Client);
        var @case = await work.CaseAsync(work.TeamA, null);

        (await fx.As(Roles.Manager).PutJsonAsync($"/api/v1/cases/{@case.Id}/assignment",
            new { assigneeId = work.Agent.Id, teamId = work.TeamA })).StatusCode.ShouldBe(HttpStatusCode.OK);
        await fx.EventsDeliveredAsync();

        var after = await HomeAsync(work.Agent.Client);
        after.Counts.Mine.ShouldBe(before.Counts.Mine + 1);
        after.Counts.Notifications.ShouldBe(before.Counts.Notifications + 1);
        after.Lists.Notifications.ShouldContain(n => n.CaseId == @case.Id);
    }

    [Fact]
    public async Task An_open_chat_on_an_unassigned_case_waits_for_its_team_only()
    {
        var work = await HomeWork.CreateAsync(fx);
        var chat = await work.CaseAsync(work.TeamA, null, "Chat: my order");
        await using (var db = fx.OpenDb())
        {
            db.ChatSessions.Add(ChatSession.Claimed(chat.Id, chat.CustomerId, "Visitor", Given.UniqueEmail(),
                DateTime.UtcNow).Session);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var home = await HomeAsync(work.Agent.Client);
        home.Counts.ChatsWaiting.ShouldBe(1);
        home.Lists.ChatsWaiting.ShouldHaveSingleItem().Id.ShouldBe(chat.Id);
        (await HomeAsync(work.Other.Client)).Counts.ChatsWaiting.ShouldBe(0);
    }

    [Fact]
    public async Task Take_is_bounded_and_zero_gives_counts_without_items()
    {
        var work = await HomeWork.CreateAsync(fx);
        await work.CaseAsync(work.TeamA, work.Agent.Id);

        var tooMany = await work.Agent.Client.GetAsync("/api/v1/me/home?take=21");
        tooMany.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await tooMany.ProblemFieldsAsync()).ShouldBe(["take"]);
        var counts = await (await work.Agent.Client.GetAsync("/api/v1/me/home?take=0")).ReadAsync<HomeView>();
        counts.Counts.Mine.ShouldBe(1);
        counts.Lists.Mine.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_service_accounts_key_has_an_empty_home()
    {
        var work = await HomeWork.CreateAsync(fx);
        await work.CaseAsync(work.TeamA, null);
        var (_, key) = await fx.ServiceAccountKeyAsync(work.TeamA);

        var home = await HomeAsync(key);

        home.Counts.ShouldBe(HomeView.Empty.Counts);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class HomeApiOnSqlite(SqliteApi fx) : HomeApiTests(fx);

[Collection(PostgresCollection.Name)]
public sealed class HomeApiOnPostgres(PostgresApi fx) : HomeApiTests(fx);
