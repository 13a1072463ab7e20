using System.Net;
using Frontline.Identity;
using Frontline.Tests.Events;
using Frontline.Tests.Infrastructure;

namespace Frontline.Tests.Identity;

public abstract class IdentityEventsTests(ApiFixture fx)
{
    private readonly HttpClient _admin = fx.As(Roles.Admin);

    [Fact]
    public async Task A_person_s_life_publishes_added_changed_password_deactivated_and_reactivated_once_each()
    {
        var email = Given.UniqueEmail("person");
        var probe = await EventProbe.MarkAsync(fx);

        var added = await (await _admin.PostJsonAsync("/api/v1/agents",
            new { email, displayName = "Eve Event", password = ApiFixture.Password, role = "Agent", teamIds = new[] { fx.TeamId } }))
            .ReadAsync<AgentView>();
        var refused = await _admin.PostJsonAsync("/api/v1/agents",
            new { email, displayName = "Twin", password = ApiFixture.Password, role = "Agent", teamIds = Array.Empty<long>() });
        var url = $"/api/v1/agents/{added.Id}";
        var changed = await _admin.PutJsonAsync(url, new { email, displayName = "Eve Evented", role = "TeamLead", teamIds = new[] { fx.TeamId } });
        var unchanged = await _admin.PutJsonAsync(url, new { email, displayName = "Eve Evented", role = "TeamLead", teamIds = new[] { fx.TeamId } });
        var reset = await _admin.PostJsonAsync($"{url}/password", new { password = "Another-password-2" });
        var off = await _admin.PostJsonAsync($"{url}/deactivate", new { });
        var offAgain = await _admin.PostJsonAsync($"{url}/deactivate", new { });
        var on = await _admin.PostJsonAsync($"{url}/reactivate", new { });

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        new[] { changed, unchanged, reset, off, offAgain, on }.ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK);
        (await probe.TypesByCallersAsync()).ShouldBe([
            "identity.password-changed", "identity.person-added", "identity.person-changed", "identity.person-deactivated",
            "identity.person-reactivated",
        ]);
        var person = await probe.SingleAsync<PersonAdded>();
        (person.AgentId, person.DisplayName, person.Email, person.Role).ShouldBe((added.Id, "Eve Event", email, "Agent"));
        person.TeamIds.ShouldBe([fx.TeamId]);
        (await probe.SingleAsync<PersonChanged>()).Fields.ShouldBe(["displayName", "role"]);
        (await probe.SingleAsync<PasswordChanged>()).ShouldBe(new PasswordChanged(added.Id, ResetByAdmin: true));
        (await probe.SingleAsync<PersonDeactivated>()).AgentId.ShouldBe(added.Id);
        (await probe.SingleAsync<PersonReactivated>()).AgentId.ShouldBe(added.Id);
        (await probe.AllAsync()).ShouldAllBe(e => !e.Payload.Contains("Another-password-2") && !e.Payload.Contains(ApiFixture.Password));
    }

    [Fact]
    public async Task Changing_one_s_own_password_publishes_password_changed()
    {
        var (id, person) = await fx.NewAgentAsync("Pia Password");
        var probe = await EventProbe.MarkAsync(fx);

        var wrong = await person.PostJsonAsync("/api/v1/me/password", new { currentPassword = "wrong", newPassword = "Brand-new-pass-3" });
        var changed = await person.PostJsonAsync("/api/v1/me/password",
            new { currentPassword = ApiFixture.Password, newPassword = "Brand-new-pass-3" });

        wrong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        changed.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await probe.TypesByCallersAsync()).ShouldBe(["identity.password-changed"]);
        (await probe.SingleAsync<PasswordChanged>()).ShouldBe(new PasswordChanged(id, ResetByAdmin: false));
        (await probe.AllAsync()).ShouldAllBe(e => !e.Payload.Contains("Brand-new-pass-3"));
    }

    [Fact]
    public async Task Keys_and_service_accounts_publish_what_changed_and_never_a_secret()
    {
        var probe = await EventProbe.MarkAsync(fx);

        var (accountId, _) = await fx.ServiceAccountKeyAsync(fx.TeamId);
        var (keyId, client) = await fx.KeyAsync(Roles.Agent, actsForAgentId: fx.AgentId(Roles.Agent));
        var secret = client.DefaultRequestHeaders.GetValues(ApiKey.Header).Single();
        (await _admin.DeleteAsync($"/api/v1/api-keys/{keyId}", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await _admin.DeleteAsync($"/api/v1/api-keys/{keyId}", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await _admin.DeleteAsync($"/api/v1/service-accounts/{accountId}", TestContext.Current.CancellationToken)).StatusCode
            .ShouldBe(HttpStatusCode.NoContent);
        var refused = await _admin.PostJsonAsync("/api/v1/api-keys", new { name = "No one", role = "Agent" });

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await probe.TypesByCallersAsync()).ShouldBe([
            "api-key.issued", "api-key.issued", "api-key.revoked", "service-account.changed", "service-account.changed",
        ]);
        var issued = (await probe.AllAsync()).Where(e => e.Type == "api-key.issued").Select(e => e.Read<ApiKeyIssued>()).ToList();
        issued.Select(i => (i.ActsForAgentId, i.ServiceAccountId)).ShouldBe([(null, accountId), (fx.AgentId(Roles.Agent), null)]);
        (await probe.SingleAsync<ApiKeyRevoked>()).ApiKeyId.ShouldBe(keyId);
        var accounts = (await probe.AllAsync()).Where(e => e.Type == "service-account.changed").Select(e => e.Read<ServiceAccountChanged>()).ToList();
        accounts.Select(a => (a.ServiceAccountId, a.TeamId, a.Active)).ShouldBe([(accountId, fx.TeamId, true), (accountId, fx.TeamId, false)]);
        (await probe.AllAsync()).ShouldAllBe(e => !e.Payload.Contains(secret) && !e.Payload.Contains(SecretToken.HashOf(secret)));
    }

    [Fact]
    public async Task A_team_publishes_team_changed_when_created_changed_and_deactivated()
    {
        var manager = fx.As(Roles.Manager);
        var name = $"Event team {Guid.NewGuid():N}"[..24];
        var probe = await EventProbe.MarkAsync(fx);

        var team = await (await manager.PostJsonAsync("/api/v1/teams", new { name, timeZone = "Europe/Berlin" })).ReadAsync<TeamView>();
        var refused = await manager.PostJsonAsync("/api/v1/teams", new { name = "", timeZone = "Mars/Olympus" });
        var moved = await manager.PutJsonAsync($"/api/v1/teams/{team.Id}",
            new { name, timeZone = "Europe/Lisbon", memberIds = new[] { fx.AgentId(Roles.Agent) } });
        var off = await manager.PostJsonAsync($"/api/v1/teams/{team.Id}/deactivate", new { });
        var offAgain = await manager.PostJsonAsync($"/api/v1/teams/{team.Id}/deactivate", new { });

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        new[] { moved, off, offAgain }.ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK);
        var changes = (await probe.AllAsync()).Where(e => e.Type == "team.changed").Select(e => e.Read<TeamChanged>()).ToList();
        changes.Select(c => (c.TeamId, c.TimeZone, c.MemberIds.Count, c.Active)).ShouldBe([
            (team.Id, "Europe/Berlin", 0, true), (team.Id, "Europe/Lisbon", 1, true), (team.Id, "Europe/Lisbon", 1, false),
        ]);
    }
}

[Collection(SqliteCollection.Name)] public sealed class IdentityEventsOnSqlite(SqliteApi fx) : IdentityEventsTests(fx);
[Collection(PostgresCollection.Name)] public sealed class IdentityEventsOnPostgres(PostgresApi fx) : IdentityEventsTests(fx);
