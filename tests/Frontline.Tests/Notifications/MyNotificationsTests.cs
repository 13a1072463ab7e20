using System.Net;
using Frontline.Cases;
using Frontline.Events;
using Frontline.Identity;
using Frontline.Notifications;
using Frontline.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using static Frontline.Tests.Notifications.NotificationScenario;

namespace Frontline.Tests.Notifications;

/// <summary>A person reads and marks their own notifications, and only theirs; an event delivered twice notifies once.</summary>
public abstract class MyNotificationsTests(ApiFixture fx)
{
    private readonly NotificationScenario _given = new(fx);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(long Id, HttpClient Client, CaseView[] Cases)> PersonWithCasesAsync(string name, int cases)
    {
        var (id, client) = await _given.PersonAsync(name);
        var opener = fx.As(Roles.TeamLead);
        var opened = new List<CaseView>();
        for (var i = 0; i < cases; i++) opened.Add(await _given.CaseAsync(opener, assigneeId: id, subject: $"Case {i + 1}"));
        return (id, client, opened.ToArray());
    }

    [Fact]
    public async Task A_person_sees_only_their_own_notifications_and_cannot_mark_anothers_read()
    {
        var (_, mine, _) = await PersonWithCasesAsync("Mia Mine", 1);
        var (_, theirs, _) = await PersonWithCasesAsync("Theo Theirs", 1);
        var myOne = (await InboxAsync(mine)).Items.ShouldHaveSingleItem();

        var theirInbox = await InboxAsync(theirs);
        var markAnothers = await theirs.PostAsync($"/api/v1/me/notifications/{myOne.Id}/read", null, Ct);
        var readAllOfTheirs = await (await theirs.PostAsync("/api/v1/me/notifications/read-all", null, Ct)).ReadAsync<MarkedRead>();

        theirInbox.Items.ShouldHaveSingleItem().Id.ShouldNotBe(myOne.Id);
        markAnothers.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        readAllOfTheirs.ShouldBe(new MarkedRead(1, 0));
        var after = await InboxAsync(mine);
        (after.Unread, after.Items.Single().ReadAt).ShouldBe((1, (DateTime?)null));
    }

    [Fact]
    public async Task A_key_acting_for_a_person_reads_that_persons_notifications_and_a_service_accounts_key_has_none()
    {
        var (id, _, cases) = await PersonWithCasesAsync("Kim Keyholder", 1);
        var (_, key) = await fx.KeyAsync(Roles.Agent, actsForAgentId: id);
        var (_, account) = await fx.ServiceAccountKeyAsync(fx.TeamId);

        (await InboxAsync(key)).Items.ShouldHaveSingleItem().CaseId.ShouldBe(cases[0].Id);
        var none = await InboxAsync(account);
        (none.Items.Count, none.Unread, none.HasMore).ShouldBe((0, 0, false));
        (await account.GetAsync("/api/v1/me/notification-preferences", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Marking_one_read_and_then_all_read_brings_the_unread_count_to_nought()
    {
        var (_, client, _) = await PersonWithCasesAsync("Rita Reader", 3);
        var first = await InboxAsync(client, "?pageSize=2");
        var one = first.Items[0];

        var read = await (await client.PostAsync($"/api/v1/me/notifications/{one.Id}/read", null, Ct)).ReadAsync<NotificationView>();
        var again = await client.PostAsync($"/api/v1/me/notifications/{one.Id}/read", null, Ct);
        var unread = await InboxAsync(client, "?unread=true");
        var all = await (await client.PostAsync("/api/v1/me/notifications/read-all", null, Ct)).ReadAsync<MarkedRead>();
        var none = await InboxAsync(client, "?unread=true");

        (first.Items.Count, first.HasMore, first.Unread).ShouldBe((2, true, 3));
        first.Items.ShouldAllBe(n => n.Text.StartsWith("Test TeamLead opened case C-"));
        first.Items.Select(n => n.Text[^17..]).ShouldBe(["“Case 3” for you.", "“Case 2” for you."]);
        read.ReadAt.ShouldNotBeNull();
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await again.ReadAsync<NotificationView>()).ReadAt.ShouldBe(read.ReadAt);
        (unread.Items.Count, unread.Unread).ShouldBe((2, 2));
        unread.Items.ShouldNotContain(n => n.Id == one.Id);
        all.ShouldBe(new MarkedRead(2, 0));
        (none.Items.Count, none.Unread).ShouldBe((0, 0));
    }

    [Fact]
    public async Task A_page_or_size_out_of_range_is_refused_naming_the_field()
    {
        var client = fx.As(Roles.Agent);

        var page = await client.GetAsync("/api/v1/me/notifications?page=0", Ct);
        var size = await client.GetAsync("/api/v1/me/notifications?pageSize=201", Ct);

        (await page.ProblemFieldsAsync()).ShouldBe(["page"]);
        (await size.ProblemFieldsAsync()).ShouldBe(["pageSize"]);
    }

    [Fact]
    public async Task An_event_delivered_twice_notifies_once()
    {
        var (holder, _) = await _given.PersonAsync("Ida Idempotent");
        var @case = await _given.CaseAsync(fx.As(Roles.TeamLead));
        var stored = await _given.PublishAsync(Person(fx.AgentId(Roles.TeamLead), "Test TeamLead", Roles.TeamLead),
            new CaseAssigned(@case.Id, @case.CustomerId, holder, null, null, null));

        await using (var scope = fx.Services.CreateAsyncScope())
        {
            var handler = scope.ServiceProvider.GetServices<IEventHandler>().Single(h => h.Name == "notify-case-assigned");
            await handler.HandleAsync(stored, Ct);
            await handler.HandleAsync(stored, Ct);
        }

        (await _given.OfAsync(holder)).ShouldHaveSingleItem().Text.ShouldBe($"Test TeamLead gave you case {@case.Number} “Kettle leaks”.");
    }

    [Fact]
    public async Task The_persons_open_screens_hear_the_new_unread_count_and_nobody_elses_do()
    {
        var (holder, _) = await _given.PersonAsync("Lina Live");
        var email = await EmailOfAsync(holder);
        var (_, cookies) = await fx.SignInWithCookiesAsync(email);
        var (_, otherCookies) = await fx.SignInWithCookiesAsync(ApiFixture.EmailOf(Roles.Agent));
        await using var screen = new HubConnectionBuilder().WithUrl(new Uri(fx.BaseAddress, "/live"), o => o.Cookies = cookies).Build();
        await using var other = new HubConnectionBuilder().WithUrl(new Uri(fx.BaseAddress, "/live"), o => o.Cookies = otherCookies).Build();
        var counts = System.Threading.Channels.Channel.CreateUnbounded<int>();
        var overheard = System.Threading.Channels.Channel.CreateUnbounded<int>();
        screen.On<int>("notificationsChanged", n => counts.Writer.TryWrite(n));
        other.On<int>("notificationsChanged", n => overheard.Writer.TryWrite(n));
        await screen.StartAsync(Ct);
        await other.StartAsync(Ct);

        await _given.CaseAsync(fx.As(Roles.TeamLead), assigneeId: holder);
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        wait.CancelAfter(TimeSpan.FromSeconds(10));
        var heard = await counts.Reader.ReadAsync(wait.Token);

        heard.ShouldBe(1);
        overheard.Reader.TryRead(out _).ShouldBeFalse();
    }

    private async Task<string> EmailOfAsync(long agentId)
    {
        await using var db = fx.OpenDb();
        return await db.Users.Where(a => a.Id == agentId).Select(a => a.Email!).SingleAsync(Ct);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class MyNotificationsOnSqlite(SqliteApi fx) : MyNotificationsTests(fx);

[Collection(PostgresCollection.Name)]
public sealed class MyNotificationsOnPostgres(PostgresApi fx) : MyNotificationsTests(fx);
