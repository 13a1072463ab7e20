using System.Net;
using System.Text.RegularExpressions;
using Frontline.Identity;
using Frontline.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Tests.Identity;

/// <summary>A staff sign-in is a session on the server: signing out, a new password or a deactivation ends it.</summary>
public abstract partial class SignInSessionTests(ApiFixture fx)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(long Id, string Email)> PersonAsync(string role = Roles.Agent)
    {
        var email = Given.UniqueEmail("person").Replace("@example.com", "@frontline.test");
        var created = await fx.As(Roles.Admin).PostJsonAsync("/api/v1/agents",
            new { email, displayName = "Sam Session", password = ApiFixture.Password, role, teamIds = Array.Empty<long>() });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Ct));
        return ((await created.ReadAsync<AgentView>()).Id, email);
    }

    private HttpClient Replaying(string cookie)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = fx.BaseAddress };
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    private async Task<bool> CanSignInAsync(string email, string password)
    {
        try
        {
            using var _ = await fx.SignInAsync(email, password);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    [Fact]
    public async Task After_signing_out_the_old_staff_cookie_is_refused()
    {
        var (_, email) = await PersonAsync();
        var (client, cookies) = await fx.SignInWithCookiesAsync(email);
        var oldCookie = cookies.GetCookieHeader(fx.BaseAddress);
        var token = Token().Match(await client.GetStringAsync("/", Ct)).Groups[1].Value;

        var signOut = await client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
        }), Ct);
        using var replay = Replaying(oldCookie);

        signOut.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        oldCookie.ShouldContain("frontline=");
        (await replay.GetAsync("/api/v1/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var page = await replay.GetAsync("/customers/1", Ct);
        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.Headers.Location!.ToString().ShouldContain("/login");
    }

    [Fact]
    public async Task Changing_ones_own_password_ends_the_other_sessions_and_keeps_this_one()
    {
        var (_, email) = await PersonAsync();
        using var here = await fx.SignInAsync(email);
        using var elsewhere = await fx.SignInAsync(email);
        const string newPassword = "Another-password-2";

        var changed = await here.PostJsonAsync("/api/v1/me/password", new { currentPassword = ApiFixture.Password, newPassword });

        changed.StatusCode.ShouldBe(HttpStatusCode.NoContent, await changed.Content.ReadAsStringAsync(Ct));
        (await here.GetAsync("/api/v1/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await elsewhere.GetAsync("/api/v1/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await CanSignInAsync(email, ApiFixture.Password)).ShouldBeFalse();
        (await CanSignInAsync(email, newPassword)).ShouldBeTrue();
    }

    [Fact]
    public async Task A_password_change_retried_with_the_same_idempotency_key_is_carried_out_once()
    {
        var (_, email) = await PersonAsync();
        using var here = await fx.SignInAsync(email);
        const string newPassword = "Another-password-3";
        var body = new { currentPassword = ApiFixture.Password, newPassword };

        var first = await here.PostJsonAsync("/api/v1/me/password", body, idempotencyKey: "change-once");
        var retry = await here.PostJsonAsync("/api/v1/me/password", body, idempotencyKey: "change-once");

        first.StatusCode.ShouldBe(HttpStatusCode.NoContent, await first.Content.ReadAsStringAsync(Ct));
        retry.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        retry.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);
        (await here.GetAsync("/api/v1/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await CanSignInAsync(email, newPassword)).ShouldBeTrue();
    }

    [Fact]
    public async Task A_password_change_needs_the_current_one_and_a_good_new_one_and_otherwise_changes_nothing()
    {
        var (_, email) = await PersonAsync();
        using var here = await fx.SignInAsync(email);
        using var elsewhere = await fx.SignInAsync(email);

        var wrong = await here.PostJsonAsync("/api/v1/me/password",
            new { currentPassword = "not-the-password", newPassword = "short", repeat = "other" });
        var byKey = await fx.As(Roles.Agent).PostJsonAsync("/api/v1/me/password",
            new { currentPassword = ApiFixture.Password, newPassword = "Another-password-2" });

        wrong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await wrong.ProblemFieldsAsync()).ShouldBe(["currentPassword", "newPassword", "repeat"], ignoreOrder: true);
        byKey.StatusCode.ShouldBe(HttpStatusCode.Forbidden, "an integration's key has no password of its own");
        (await elsewhere.GetAsync("/api/v1/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await CanSignInAsync(email, ApiFixture.Password)).ShouldBeTrue();
    }

    [Fact]
    public async Task An_admins_reset_ends_every_session_of_the_person()
    {
        var (id, email) = await PersonAsync();
        using var first = await fx.SignInAsync(email);
        using var second = await fx.SignInAsync(email);
        const string newPassword = "Reset-password-3";

        var weak = await fx.As(Roles.Admin).PostJsonAsync($"/api/v1/agents/{id}/password", new { password = "short" });
        (await first.GetAsync("/api/v1/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK, "a refused reset ends nothing");
        var reset = await fx.As(Roles.Admin).PostJsonAsync($"/api/v1/agents/{id}/password", new { password = newPassword });
        var byManager = await fx.As(Roles.Manager).PostJsonAsync($"/api/v1/agents/{id}/password", new { password = newPassword });

        weak.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await weak.ProblemFieldsAsync()).ShouldBe(["password"]);
        reset.StatusCode.ShouldBe(HttpStatusCode.OK, await reset.Content.ReadAsStringAsync(Ct));
        byManager.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await first.GetAsync("/api/v1/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await second.GetAsync("/api/v1/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await CanSignInAsync(email, newPassword)).ShouldBeTrue();
    }

    [Fact]
    public async Task A_deactivated_person_is_signed_out_everywhere_and_cannot_sign_in_until_reactivated()
    {
        var (id, email) = await PersonAsync();
        using var first = await fx.SignInAsync(email);
        using var second = await fx.SignInAsync(email);

        var deactivated = await fx.As(Roles.Admin).PostAsync($"/api/v1/agents/{id}/deactivate", null, Ct);
        var meanwhile = await CanSignInAsync(email, ApiFixture.Password);
        var reactivated = await fx.As(Roles.Admin).PostAsync($"/api/v1/agents/{id}/reactivate", null, Ct);

        deactivated.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await deactivated.ReadAsync<AgentView>()).IsActive.ShouldBeFalse();
        (await first.GetAsync("/api/v1/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await second.GetAsync("/api/v1/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        meanwhile.ShouldBeFalse();
        (await reactivated.ReadAsync<AgentView>()).IsActive.ShouldBeTrue();
        (await CanSignInAsync(email, ApiFixture.Password)).ShouldBeTrue();
        (await first.GetAsync("/api/v1/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "reactivating brings no ended session back");
        await using var db = fx.OpenDb();
        (await db.Users.SingleAsync(a => a.Id == id, Ct)).IsActive.ShouldBeTrue();
    }

    [Fact]
    public async Task A_session_ended_in_the_database_is_refused_at_once()
    {
        // every node reads the same table: ending the row, as another node would, is enough
        var (id, email) = await PersonAsync();
        using var client = await fx.SignInAsync(email);
        (await client.GetAsync("/api/v1/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await using (var otherNode = fx.OpenDb())
            await otherNode.SignInSessions.Where(s => s.AgentId == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, DateTime.UtcNow), Ct);

        (await client.GetAsync("/api/v1/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}

[Collection(SqliteCollection.Name)]
public sealed class SignInSessionsOnSqlite(SqliteApi fx) : SignInSessionTests(fx);

[Collection(PostgresCollection.Name)]
public sealed class SignInSessionsOnPostgres(PostgresApi fx) : SignInSessionTests(fx);
