using System.Net;
using Frontline.Cases;
using Frontline.Events;
using Frontline.Identity;
using Frontline.Notifications;
using Frontline.Tests.Infrastructure;

namespace Frontline.Tests.Notifications;

/// <summary>Teams, people and cases of a test's own, events published as the modules publish them, and inboxes read.</summary>
internal sealed class NotificationScenario(ApiFixture fx)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async Task<long> TeamAsync(string name)
    {
        var response = await fx.As(Roles.Manager).PostJsonAsync("/api/v1/teams", new { name = $"{name} {Guid.NewGuid():N}" });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return (await response.ReadAsync<TeamView>()).Id;
    }

    public Task<(long Id, HttpClient Client)> PersonAsync(string name, string role = Roles.Agent, params long[] teams) =>
        fx.NewAgentAsync(name, role, teams);

    /// <summary>A case opened through the API by <paramref name="opener"/>, which publishes case.opened.</summary>
    public async Task<CaseView> CaseAsync(HttpClient opener, long? assigneeId = null, long? teamId = null, string subject = "Kettle leaks")
    {
        var customer = await Given.CustomerAsync(fx.As(Roles.Agent), "Priya Raman");
        var response = await opener.PostJsonAsync("/api/v1/cases", new
        {
            customerId = customer.Id, categoryId = await fx.IdOfCategoryAsync("Warranty and repair"), subject,
            channel = "Email", assigneeId, teamId,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        await fx.EventsDeliveredAsync();
        return await response.ReadAsync<CaseView>();
    }

    /// <summary>Publishes an event as its module would (in a save of its own), and waits until it is handled.</summary>
    public async Task<StoredEvent> PublishAsync<T>(Actor actor, T @event) where T : class, IEvent
    {
        StoredEvent stored;
        await using (var db = fx.OpenDb())
        {
            stored = db.Publish(actor, DateTime.UtcNow, @event);
            await db.SaveChangesAsync(Ct);
        }
        await fx.EventsDeliveredAsync();
        return stored;
    }

    public static Actor Person(long id, string name, string role = Roles.Agent) => new(id, null, name, role);

    /// <summary>Someone who is no person: a visitor, a form, a job.</summary>
    public static Actor Nobody { get; } = new(null, null, "Visitor", "");

    public async Task<List<NotificationView>> OfAsync(long agentId)
    {
        await using var db = fx.OpenDb();
        return await MyNotifications.LatestAsync(db, agentId, 100, Ct);
    }

    public static async Task<NotificationList> InboxAsync(HttpClient client, string query = "")
    {
        var response = await client.GetAsync($"/api/v1/me/notifications{query}", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        return await response.ReadAsync<NotificationList>();
    }
}
