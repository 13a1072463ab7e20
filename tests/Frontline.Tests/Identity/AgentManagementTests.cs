using System.Net;
using Frontline.Identity;
using Frontline.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Tests.Identity;

/// <summary>An admin edits, deactivates and reactivates people; nobody else may, and Frontline keeps an active admin.</summary>
public abstract class AgentManagementTests(ApiFixture fx)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private readonly HttpClient _admin = fx.As(Roles.Admin);

    private async Task<AgentView> PersonAsync(string role = Roles.Agent)
    {
        var email = Given.UniqueEmail("staff").Replace("@example.com", "@frontline.test");
        var created = await _admin.PostJsonAsync("/api/v1/agents",
            new { email, displayName = "Pat Person", password = ApiFixture.Password, role, teamIds = Array.Empty<long>() });
        return await created.ReadAsync<AgentView>();
    }

    private async Task<long> TeamAsync()
    {
        var team = await _admin.PostJsonAsync("/api/v1/teams", new { name = $"Team {Guid.NewGuid():N}"[..30] });
        return (await team.ReadAsync<TeamView>()).Id;
    }

    [Fact]
    public async Task An_admin_changes_a_persons_name_email_role_and_teams_and_the_new_role_counts_at_once()
    {
        var person = await PersonAsync();
        var (first, second) = (await TeamAsync(), await TeamAsync());
        await _admin.PutJsonAsync($"/api/v1/agents/{person.Id}", new { email = person.Email, displayName = "Pat", role = "Agent", teamIds = new[] { first } });
        using var session = await fx.SignInAsync(person.Email);
        var email = Given.UniqueEmail("renamed").Replace("@example.com", "@frontline.test");

        var updated = await _admin.PutJsonAsync($"/api/v1/agents/{person.Id}",
            new { email, displayName = "Pat Lead", role = "Team lead", teamIds = new[] { second } });

        updated.StatusCode.ShouldBe(HttpStatusCode.OK, await updated.Content.ReadAsStringAsync(Ct));
        var view = await updated.ReadAsync<AgentView>();
        view.ShouldBe(view with { DisplayName = "Pat Lead", Email = email, Role = Roles.TeamLead, IsActive = true });
        view.TeamIds.ShouldBe([second]);
        (await session.GetAsync("/api/v1/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "the old session carried the old role");
        using var again = await fx.SignInAsync(email);
        var me = await (await again.GetAsync("/api/v1/me", Ct)).ReadAsync<MeView>();
        me.Role.ShouldBe(Roles.TeamLead);
        me.Name.ShouldBe("Pat Lead");
    }

    [Fact]
    public async Task An_update_with_bad_fields_names_each_and_changes_nothing()
    {
        var person = await PersonAsync();
        var taken = await PersonAsync();

        var bad = await _admin.PutJsonAsync($"/api/v1/agents/{person.Id}",
            new { email = "not-an-address", displayName = " ", role = "Wizard", teamIds = new[] { long.MaxValue } });
        var duplicate = await _admin.PutJsonAsync($"/api/v1/agents/{person.Id}",
            new { email = taken.Email, displayName = "Pat", role = "Agent" });
        var missing = await _admin.PutJsonAsync($"/api/v1/agents/{long.MaxValue}", new { email = Given.UniqueEmail(), displayName = "X", role = "Agent" });

        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.ProblemFieldsAsync()).ShouldBe(["email", "displayName", "role", "teamIds"], ignoreOrder: true);
        (await duplicate.ProblemFieldsAsync()).ShouldBe(["email"]);
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await using var db = fx.OpenDb();
        var stored = await db.Users.SingleAsync(a => a.Id == person.Id, Ct);
        stored.Email.ShouldBe(person.Email);
        stored.DisplayName.ShouldBe("Pat Person");
    }

    [Theory]
    [InlineData(Roles.Agent)]
    [InlineData(Roles.TeamLead)]
    [InlineData(Roles.Manager)]
    public async Task Only_an_admin_edits_deactivates_reactivates_or_resets_people(string role)
    {
        var person = await PersonAsync();
        var client = fx.As(role);

        var put = await client.PutJsonAsync($"/api/v1/agents/{person.Id}", new { email = person.Email, displayName = "Hijacked", role = "Admin" });
        var deactivate = await client.PostAsync($"/api/v1/agents/{person.Id}/deactivate", null, Ct);
        var reactivate = await client.PostAsync($"/api/v1/agents/{person.Id}/reactivate", null, Ct);
        var reset = await client.PostJsonAsync($"/api/v1/agents/{person.Id}/password", new { password = "Hijacked-password-1" });

        put.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        deactivate.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        reactivate.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        reset.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await using var db = fx.OpenDb();
        var stored = await db.Users.SingleAsync(a => a.Id == person.Id, Ct);
        stored.DisplayName.ShouldBe("Pat Person");
        stored.IsActive.ShouldBeTrue();
    }

    [Fact]
    public async Task An_admin_cannot_deactivate_themselves_or_change_their_own_role()
    {
        var admin = await PersonAsync(Roles.Admin);
        using var self = await fx.SignInAsync(admin.Email);

        var deactivate = await self.PostAsync($"/api/v1/agents/{admin.Id}/deactivate", null, Ct);
        var demote = await self.PutJsonAsync($"/api/v1/agents/{admin.Id}", new { email = admin.Email, displayName = "Me", role = "Agent" });

        (await deactivate.ProblemFieldsAsync()).ShouldBe(["isActive"]);
        (await demote.ProblemFieldsAsync()).ShouldBe(["role"]);
        (await self.GetAsync("/api/v1/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_last_active_admin_can_be_neither_deactivated_nor_demoted()
    {
        var (_, integration) = await fx.ServiceAccountKeyAsync(fx.TeamId, Roles.Admin);
        var last = await PersonAsync(Roles.Admin);
        await using var db = fx.OpenDb();
        var adminRole = await db.Roles.Where(r => r.Name == Roles.Admin).Select(r => r.Id).SingleAsync(Ct);
        var others = await db.Users.Where(u => u.Id != last.Id && u.IsActive && db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == adminRole))
            .Select(u => u.Id).ToListAsync(Ct);
        await db.Users.Where(u => others.Contains(u.Id)).ExecuteUpdateAsync(s => s.SetProperty(u => u.IsActive, false), Ct);
        try
        {
            // an integration's key (a service account, no person behind it) still acts when every other admin is inactive
            var deactivate = await integration.PostAsync($"/api/v1/agents/{last.Id}/deactivate", null, Ct);
            var demote = await integration.PutJsonAsync($"/api/v1/agents/{last.Id}", new { email = last.Email, displayName = "Last", role = "Manager" });

            (await deactivate.ProblemFieldsAsync()).ShouldBe(["isActive"]);
            (await demote.ProblemFieldsAsync()).ShouldBe(["role"]);
            (await db.Users.Where(u => u.Id == last.Id).Select(u => u.IsActive).SingleAsync(Ct)).ShouldBeTrue();
        }
        finally
        {
            await db.Users.Where(u => others.Contains(u.Id)).ExecuteUpdateAsync(s => s.SetProperty(u => u.IsActive, true), Ct);
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AgentManagementOnSqlite(SqliteApi fx) : AgentManagementTests(fx);

[Collection(PostgresCollection.Name)]
public sealed class AgentManagementOnPostgres(PostgresApi fx) : AgentManagementTests(fx);
