using System.Net;
using Microsoft.EntityFrameworkCore;
using Frontline.CallBacks;
using Frontline.Home;
using Frontline.Identity;
using Frontline.Tests.Home;
using Frontline.Tests.Infrastructure;

namespace Frontline.Tests.CallBacks;

/// <summary>Call-backs over the API: set on a customer, due on the owner's home, marked done once.</summary>
public abstract class CallBacksApiTests(ApiFixture fx)
{
    private static async Task<CallBackView> ScheduleAsync(HttpClient client, long customerId, DateTime dueAt,
        string? note = null, long? caseId = null)
    {
        var response = await client.PostJsonAsync($"/api/v1/customers/{customerId}/callbacks", new { dueAt, note, caseId });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<CallBackView>();
    }

    private static async Task<HomeView> HomeAsync(HttpClient client) =>
        await (await client.GetAsync("/api/v1/me/home")).ReadAsync<HomeView>();

    private async Task<int> EventsAsync(string type, long customerId)
    {
        await using var db = fx.OpenDb();
        return await db.Events.CountAsync(e => e.Type == type && e.CustomerId == customerId,
            TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task A_due_call_back_is_on_its_owners_home_and_a_future_one_is_not()
    {
        var work = await HomeWork.CreateAsync(fx);
        var @case = await work.CaseAsync(work.TeamA, work.Agent.Id);
        var due = await ScheduleAsync(work.Agent.Client, @case.CustomerId, DateTime.UtcNow, "Ask about the repair",
            @case.Id);
        var later = await ScheduleAsync(work.Agent.Client, @case.CustomerId, DateTime.UtcNow.AddHours(2));

        var home = await HomeAsync(work.Agent.Client);

        home.Counts.CallBacksDue.ShouldBe(1);
        var shown = home.Lists.CallBacksDue.ShouldHaveSingleItem();
        (shown.Id, shown.Note, shown.CaseNumber).ShouldBe((due.Id, "Ask about the repair", @case.Number));
        var all = await (await work.Agent.Client.GetAsync("/api/v1/me/callbacks")).ReadAsync<List<CallBackView>>();
        all.Select(c => c.Id).ShouldBe([due.Id, later.Id]);
        (await HomeAsync(work.Other.Client)).Counts.CallBacksDue.ShouldBe(0, "a call-back is its owner's alone");
        (await EventsAsync("callback.scheduled", @case.CustomerId)).ShouldBe(2);
    }

    [Fact]
    public async Task Marking_a_call_back_done_takes_it_off_home_and_publishes_once()
    {
        var work = await HomeWork.CreateAsync(fx);
        var customer = await Given.CustomerAsync(work.Agent.Client, email: Given.UniqueEmail("callback"));
        var due = await ScheduleAsync(work.Agent.Client, customer.Id, DateTime.UtcNow);

        var done = await work.Agent.Client.PostJsonAsync($"/api/v1/me/callbacks/{due.Id}/done", new { });
        done.StatusCode.ShouldBe(HttpStatusCode.OK, await done.Content.ReadAsStringAsync());
        (await done.ReadAsync<CallBackView>()).DoneAt.ShouldNotBeNull();
        (await work.Agent.Client.PostJsonAsync($"/api/v1/me/callbacks/{due.Id}/done", new { }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        var home = await HomeAsync(work.Agent.Client);
        home.Counts.CallBacksDue.ShouldBe(0);
        home.Lists.CallBacksDue.ShouldBeEmpty();
        (await EventsAsync("callback.done", customer.Id)).ShouldBe(1, "marking it again changes nothing");
    }

    [Fact]
    public async Task Nobody_marks_another_persons_call_back_done()
    {
        var work = await HomeWork.CreateAsync(fx);
        var customer = await Given.CustomerAsync(work.Agent.Client, email: Given.UniqueEmail("callback"));
        var due = await ScheduleAsync(work.Agent.Client, customer.Id, DateTime.UtcNow);

        (await work.Lead.Client.PostJsonAsync($"/api/v1/me/callbacks/{due.Id}/done", new { }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await HomeAsync(work.Agent.Client)).Counts.CallBacksDue.ShouldBe(1);
    }

    [Fact]
    public async Task A_call_back_with_bad_fields_is_refused_naming_each_and_nothing_is_saved()
    {
        var work = await HomeWork.CreateAsync(fx);
        var customer = await Given.CustomerAsync(work.Agent.Client, email: Given.UniqueEmail("callback"));
        var someoneElses = await work.CaseAsync(work.TeamA, null);
        var url = $"/api/v1/customers/{customer.Id}/callbacks";

        var missing = await work.Agent.Client.PostJsonAsync(url, new { note = "x" });
        var past = await work.Agent.Client.PostJsonAsync(url, new { dueAt = DateTime.UtcNow.AddDays(-1) });
        var noOffset = await work.Agent.Client.PostJsonAsync(url, new { dueAt = "2030-01-01T09:00:00" });
        var wrongCase = await work.Agent.Client.PostJsonAsync(url, new { dueAt = DateTime.UtcNow, caseId = someoneElses.Id });
        var longNote = await work.Agent.Client.PostJsonAsync(url, new { dueAt = DateTime.UtcNow, note = new string('a', 501) });

        foreach (var (response, field) in new[]
                 {
                     (missing, "dueAt"), (past, "dueAt"), (noOffset, "dueAt"), (wrongCase, "caseId"), (longNote, "note"),
                 })
        {
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
            (await response.ProblemFieldsAsync()).ShouldBe([field]);
        }
        (await (await work.Agent.Client.GetAsync("/api/v1/me/callbacks")).ReadAsync<List<CallBackView>>()).ShouldBeEmpty();
        (await work.Agent.Client.PostJsonAsync("/api/v1/customers/999999999/callbacks", new { dueAt = DateTime.UtcNow }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_service_accounts_key_has_nobody_to_remind()
    {
        var work = await HomeWork.CreateAsync(fx);
        var customer = await Given.CustomerAsync(work.Agent.Client, email: Given.UniqueEmail("callback"));
        var (_, key) = await fx.ServiceAccountKeyAsync(work.TeamA);

        var response = await key.PostJsonAsync($"/api/v1/customers/{customer.Id}/callbacks", new { dueAt = DateTime.UtcNow });

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await fx.As(Roles.Agent).GetAsync("/api/v1/me/callbacks?limit=0")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CallBacksApiOnSqlite(SqliteApi fx) : CallBacksApiTests(fx);

[Collection(PostgresCollection.Name)]
public sealed class CallBacksApiOnPostgres(PostgresApi fx) : CallBacksApiTests(fx);
