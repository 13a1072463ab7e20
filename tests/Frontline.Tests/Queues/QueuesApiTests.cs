using System.Net;
using System.Net.Http.Json;
using Frontline.Api;
using Frontline.Cases;
using Frontline.Identity;
using Frontline.Queues;
using Frontline.Tests.Infrastructure;

namespace Frontline.Tests.Queues;

/// <summary>Service levels in a team's working hours, queues, round-robin and handoffs, over the API.</summary>
public abstract class QueuesApiTests(ApiFixture fx)
{
    private readonly HttpClient _manager = fx.As(Roles.Manager);
    private readonly HttpClient _agent = fx.As(Roles.Agent);

    private async Task<long> TeamAsync(object? calendar = null)
    {
        var response = await _manager.PostJsonAsync("/api/v1/teams", new { name = $"Team {Guid.NewGuid():N}"[..20], timeZone = "UTC", memberIds = Array.Empty<long>() });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var id = (await response.ReadAsync<TeamView>()).Id;
        if (calendar is not null) (await _manager.PutJsonAsync($"/api/v1/teams/{id}/calendar", calendar)).StatusCode.ShouldBe(HttpStatusCode.OK);
        return id;
    }

    [Fact]
    public async Task Saving_a_target_and_a_team_calendar_are_events_in_the_log()
    {
        var team = await TeamAsync(new { timeZone = "Europe/Berlin", opens = "08:00", closes = "18:00", workingDays = new[] { 1, 2, 3 } });
        var category = await CategoryAsync(4, 16);

        var admin = fx.As(Roles.Admin);
        var calendars = await (await admin.GetAsync("/api/v1/events?type=team-calendar.saved&limit=500")).ReadAsync<Frontline.Events.EventLogPage>();
        var targets = await (await admin.GetAsync("/api/v1/events?type=sla-target.saved&limit=500")).ReadAsync<Frontline.Events.EventLogPage>();

        var calendar = calendars.Items.Single(e => e.Data.GetProperty("teamId").GetInt64() == team);
        calendar.Data.GetProperty("timeZone").GetString().ShouldBe("Europe/Berlin");
        calendar.Actor.Name.ShouldBe("Test Manager (API key test Manager)");
        var target = targets.Items.Single(e => e.Data.TryGetProperty("categoryId", out var c) && c.ValueKind == System.Text.Json.JsonValueKind.Number
            && c.GetInt64() == category);
        target.Data.GetProperty("resolutionHours").GetDouble().ShouldBe(16);
    }

    private async Task<long> CategoryAsync(double firstResponseHours, double resolutionHours)
    {
        var response = await _manager.PostJsonAsync("/api/v1/categories", new { name = $"Queue {Guid.NewGuid():N}"[..20] });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var id = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt64();
        (await _manager.PutJsonAsync("/api/v1/sla/targets", new { categoryId = id, priority = "Normal", firstResponseHours, resolutionHours }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        return id;
    }

    private async Task<CaseView> CaseAsync(HttpClient client, long categoryId, long? teamId, long? assigneeId = null)
    {
        var customer = await Given.CustomerAsync(_agent, email: Given.UniqueEmail("queue"));
        var response = await client.PostJsonAsync("/api/v1/cases", new
        {
            customerId = customer.Id, categoryId, subject = "Where is my parcel?", channel = "Email", teamId, assigneeId,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<CaseView>();
    }

    [Fact]
    public async Task Due_times_count_only_the_teams_working_days_and_hours_and_skip_its_holidays()
    {
        var category = await CategoryAsync(firstResponseHours: 2, resolutionHours: 10);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        // the team does not work today or tomorrow (by weekday), and the day after is a holiday
        var days = Enumerable.Range(1, 7).Where(d => d != Iso(today) && d != Iso(today.AddDays(1))).ToArray();
        var team = await TeamAsync(new
        {
            timeZone = "UTC", opens = "10:00", closes = "18:00", workingDays = days,
            holidays = new[] { new { date = today.AddDays(2), name = "Founders' Day" } },
        });

        var opened = await CaseAsync(_agent, category, team);

        var day = DateOnly.FromDateTime(opened.OpenedAt);
        day.ShouldBe(today, "the case was opened today, as the calendar assumes");
        opened.FirstResponseDueAt.ShouldBe(today.AddDays(3).ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc));
        opened.ResolutionDueAt.ShouldBe(today.AddDays(4).ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc));
        var calendar = await (await _agent.GetAsync($"/api/v1/teams/{team}/calendar")).ReadAsync<CalendarView>();
        calendar.Holidays.ShouldHaveSingleItem().Name.ShouldBe("Founders' Day");
    }

    [Fact]
    public async Task A_case_past_its_first_response_time_is_in_the_breached_queue_until_an_agent_answers()
    {
        var category = await CategoryAsync(firstResponseHours: 0.0003, resolutionHours: 100); // about a second
        var team = await TeamAsync(new { timeZone = "UTC", opens = "00:00", closes = "23:59:59", workingDays = new[] { 1, 2, 3, 4, 5, 6, 7 } });
        var @case = await CaseAsync(_manager, category, team);
        await Task.Delay(1500, TestContext.Current.CancellationToken);

        var breached = await (await _manager.GetAsync("/api/v1/queues/Breached?pageSize=100")).ReadAsync<Page<CaseView>>();
        await _manager.PostJsonAsync($"/api/v1/cases/{@case.Id}/touchpoints", new { channel = "Email", direction = "Internal", body = "Looking." });
        var stillBreached = await (await _manager.GetAsync("/api/v1/queues/Breached?pageSize=100")).ReadAsync<Page<CaseView>>();
        await _manager.PostJsonAsync($"/api/v1/cases/{@case.Id}/touchpoints", new { channel = "Email", direction = "Outbound", body = "We are on it." });
        var after = await (await _manager.GetAsync("/api/v1/queues/Breached?pageSize=100")).ReadAsync<Page<CaseView>>();
        var answered = await (await _manager.GetAsync($"/api/v1/cases/{@case.Id}")).ReadAsync<CaseView>();

        breached.Items.ShouldContain(c => c.Id == @case.Id);
        stillBreached.Items.ShouldContain(c => c.Id == @case.Id, "an internal note is no answer");
        after.Items.ShouldNotContain(c => c.Id == @case.Id);
        answered.FirstRespondedAt.ShouldNotBeNull();
        answered.FirstResponseState(DateTime.UtcNow).ShouldBe(SlaState.Breached);
        answered.ResolutionState(DateTime.UtcNow).ShouldBe(SlaState.Running);
    }

    [Fact]
    public async Task Round_robin_gives_cases_to_the_team_in_turn_and_every_change_of_owner_is_a_handoff()
    {
        var category = await CategoryAsync(4, 24);
        var team = await TeamAsync();
        var (first, firstClient) = await fx.NewAgentAsync("Rosa Round", Roles.Agent, team);
        var (second, _) = await fx.NewAgentAsync("Robin Round", Roles.Agent, team);
        var cases = new List<CaseView>();
        for (var i = 0; i < 3; i++) cases.Add(await CaseAsync(_manager, category, team));

        var assigned = new List<long?>();
        foreach (var c in cases)
        {
            var response = await _manager.PutJsonAsync($"/api/v1/cases/{c.Id}/assignment", new { teamId = team, roundRobin = true });
            response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
            assigned.Add((await response.ReadAsync<CaseView>()).AssigneeId);
        }
        await _manager.PutJsonAsync($"/api/v1/cases/{cases[0].Id}/assignment", new { assigneeId = second, teamId = team });
        var handoffs = await (await _manager.GetAsync($"/api/v1/cases/{cases[0].Id}/handoffs")).ReadAsync<List<HandoffView>>();
        var view = await (await _manager.GetAsync($"/api/v1/cases/{cases[0].Id}")).ReadAsync<CaseView>();
        var rosasQueue = await (await firstClient.GetAsync("/api/v1/queues/Mine")).ReadAsync<Page<CaseView>>();
        var rosasTeam = await (await firstClient.GetAsync("/api/v1/queues/Team?pageSize=100")).ReadAsync<Page<CaseView>>();
        var strangersTeam = await (await _agent.GetAsync("/api/v1/queues/Team?pageSize=100")).ReadAsync<Page<CaseView>>();
        var counts = await (await firstClient.GetAsync("/api/v1/queues")).ReadAsync<QueueCounts>();

        assigned.ShouldBe([first, second, first]);
        handoffs.Select(h => (h.To, h.How)).ShouldBe([("Rosa Round", "round-robin"), ("Robin Round", "manual")]);
        view.Handoffs.ShouldBe(2);
        rosasQueue.Items.Select(c => c.Id).ShouldBe([cases[2].Id]);
        rosasTeam.Items.Select(c => c.Id).ShouldBe(cases.Select(c => c.Id), ignoreOrder: true);
        strangersTeam.Items.ShouldNotContain(c => c.TeamId == team, "an agent outside the team does not see its queue");
        counts.Mine.ShouldBe(1);
        counts.Team.ShouldBe(3);
    }

    [Fact]
    public async Task Bad_targets_calendars_and_round_robin_requests_are_named_and_change_nothing()
    {
        var team = await TeamAsync();
        var customer = await Given.CustomerAsync(_agent, email: Given.UniqueEmail("queue"));
        var @case = await Given.CaseAsync(_agent, fx, customer.Id);
        var targets = await (await _manager.GetAsync("/api/v1/sla/targets")).Content.ReadAsStringAsync();

        var target = await _manager.PutJsonAsync("/api/v1/sla/targets", new { priority = "Normal", firstResponseHours = 8, resolutionHours = 2 });
        var calendar = await _manager.PutJsonAsync($"/api/v1/teams/{team}/calendar", new { timeZone = "Mars/Olympus", opens = "17:00", closes = "09:00", workingDays = new[] { 8 } });
        var byAgent = await _agent.PutJsonAsync("/api/v1/sla/targets", new { priority = "Normal", firstResponseHours = 1, resolutionHours = 2 });
        var emptyTeam = await _manager.PutJsonAsync($"/api/v1/cases/{@case.Id}/assignment", new { teamId = team, roundRobin = true });
        var both = await _manager.PutJsonAsync($"/api/v1/cases/{@case.Id}/assignment", new { teamId = team, assigneeId = fx.AgentId(Roles.Agent), roundRobin = true });

        (await target.ProblemFieldsAsync()).ShouldBe(["resolutionHours"]);
        (await calendar.ProblemFieldsAsync()).ShouldBe(["timeZone", "closes", "workingDays"], ignoreOrder: true);
        byAgent.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await emptyTeam.ProblemFieldsAsync()).ShouldBe(["teamId"]);
        (await both.ProblemFieldsAsync()).ShouldBe(["assigneeId"]);
        (await (await _manager.GetAsync("/api/v1/sla/targets")).Content.ReadAsStringAsync()).ShouldBe(targets);
        (await (await _manager.GetAsync($"/api/v1/cases/{@case.Id}/handoffs")).ReadAsync<List<HandoffView>>()).ShouldBeEmpty();
    }

    private static int Iso(DateOnly day) => day.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)day.DayOfWeek;
}

[Collection(SqliteCollection.Name)]
public sealed class QueuesOnSqlite(SqliteApi fx) : QueuesApiTests(fx);

[Collection(PostgresCollection.Name)]
public sealed class QueuesOnPostgres(PostgresApi fx) : QueuesApiTests(fx);
