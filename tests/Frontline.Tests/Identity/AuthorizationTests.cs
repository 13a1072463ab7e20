using System.Net;
using System.Text.RegularExpressions;
using Frontline.Identity;
using Frontline.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Tests.Identity;

public abstract partial class AuthorizationTests(ApiFixture fx)
{
    [Theory]
    [InlineData("/api/v1/customers")]
    [InlineData("/api/v1/cases")]
    [InlineData("/api/v1/me")]
    [InlineData("/api/v1/api-keys")]
    public async Task Without_sign_in_every_api_route_is_401(string url) =>
        (await fx.Anonymous().GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

    [Fact]
    public async Task An_agent_may_not_add_a_category_but_a_manager_may()
    {
        var name = $"Returns {Guid.NewGuid():N}"[..20];

        var byAgent = await fx.As(Roles.Agent).PostJsonAsync("/api/v1/categories", new { name });
        var byManager = await fx.As(Roles.Manager).PostJsonAsync("/api/v1/categories", new { name });

        byAgent.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        byManager.StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Theory]
    [InlineData(Roles.Agent, "/api/v1/api-keys", HttpStatusCode.Forbidden)]
    [InlineData(Roles.Manager, "/api/v1/api-keys", HttpStatusCode.Forbidden)]
    [InlineData(Roles.Admin, "/api/v1/api-keys", HttpStatusCode.OK)]
    [InlineData(Roles.Agent, "/api/v1/agents", HttpStatusCode.Forbidden)]
    [InlineData(Roles.TeamLead, "/api/v1/agents", HttpStatusCode.OK)]
    public async Task An_api_key_reads_only_what_its_role_may(string role, string url, HttpStatusCode expected) =>
        (await fx.As(role).GetAsync(url)).StatusCode.ShouldBe(expected);

    [Fact]
    public async Task An_agent_key_cannot_issue_keys_or_people()
    {
        var agent = fx.As(Roles.Agent);

        (await agent.PostJsonAsync("/api/v1/api-keys", new { name = "escalate", role = "Admin" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await agent.PostJsonAsync("/api/v1/agents", new { email = Given.UniqueEmail(), displayName = "X", password = "Password-123", role = "Admin" }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_key_is_shown_once_works_with_its_role_and_stops_working_when_revoked()
    {
        var admin = fx.As(Roles.Admin);
        var issued = await (await admin.PostJsonAsync("/api/v1/api-keys", new { name = "crm sync", role = "Agent", actsForAgentId = fx.AgentId(Roles.Agent) })).ReadAsync<IssuedApiKey>();
        var client = fx.Anonymous();
        client.DefaultRequestHeaders.Add(ApiKey.Header, issued.Secret);

        var me = await (await client.GetAsync("/api/v1/me")).ReadAsync<MeView>();
        var listed = await (await admin.GetAsync("/api/v1/api-keys")).Content.ReadAsStringAsync();
        (await admin.DeleteAsync($"/api/v1/api-keys/{issued.Key.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        me.Role.ShouldBe(Roles.Agent);
        me.AgentId.ShouldBe(fx.AgentId(Roles.Agent));
        issued.Key.ActsFor.ShouldContain(ApiFixture.EmailOf(Roles.Agent));
        listed.ShouldContain(issued.Key.Prefix);
        listed.ShouldNotContain(issued.Secret);
        (await client.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_retried_key_issue_never_shows_or_stores_the_secret_again()
    {
        var admin = fx.As(Roles.Admin);
        var idempotencyKey = Guid.NewGuid().ToString();

        var first = await admin.PostJsonAsync("/api/v1/api-keys", new { name = "billing sync", role = "Agent", actsForAgentId = fx.AgentId(Roles.Agent) }, idempotencyKey);
        var retry = await admin.PostJsonAsync("/api/v1/api-keys", new { name = "billing sync", role = "Agent", actsForAgentId = fx.AgentId(Roles.Agent) }, idempotencyKey);
        var issued = await first.ReadAsync<IssuedApiKey>();

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        retry.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await retry.Content.ReadAsStringAsync()).ShouldNotContain(issued.Secret);
        retry.Headers.Location.ShouldBe(first.Headers.Location);
        await using var db = fx.OpenDb();
        (await db.IdempotencyRecords.Where(r => r.Key == idempotencyKey).Select(r => r.Body).SingleAsync(TestContext.Current.CancellationToken))
            .ShouldBeEmpty();
        (await db.ApiKeys.Where(k => k.Id == issued.Key.Id).Select(k => k.Hash).SingleAsync(TestContext.Current.CancellationToken))
            .ShouldNotContain(issued.Secret);
    }

    [Fact]
    public async Task Signing_out_needs_the_forms_antiforgery_token()
    {
        var handler = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new() };
        using var browser = new HttpClient(handler) { BaseAddress = fx.BaseAddress };
        var token = Token().Match(await browser.GetStringAsync("/login")).Groups[1].Value;
        await browser.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = ApiFixture.EmailOf(Roles.Agent), ["password"] = ApiFixture.Password, ["__RequestVerificationToken"] = token,
        }));

        var forged = await browser.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string>()));
        (await browser.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await browser.GetStringAsync("/");
        var signOut = await browser.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token().Match(page).Groups[1].Value,
        }));

        forged.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        signOut.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await browser.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_wrong_key_is_401()
    {
        var client = fx.Anonymous();
        client.DefaultRequestHeaders.Add(ApiKey.Header, "fl_000000000000_not-a-secret");

        (await client.GetAsync("/api/v1/customers")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_person_signs_in_with_the_form_and_the_cookie_carries_the_role()
    {
        var handler = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new() };
        using var browser = new HttpClient(handler) { BaseAddress = fx.BaseAddress };
        var form = await browser.GetStringAsync("/login");
        var token = Token().Match(form).Groups[1].Value;

        var signIn = await browser.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = ApiFixture.EmailOf(Roles.TeamLead), ["password"] = ApiFixture.Password, ["returnUrl"] = "/customers/1",
            ["__RequestVerificationToken"] = token,
        }));
        var me = await (await browser.GetAsync("/api/v1/me")).ReadAsync<MeView>();

        signIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        signIn.Headers.Location!.ToString().ShouldBe("/customers/1");
        me.Role.ShouldBe(Roles.TeamLead);
        me.Email.ShouldBe(ApiFixture.EmailOf(Roles.TeamLead));
    }

    [Fact]
    public async Task A_wrong_password_goes_back_to_the_form_with_an_error()
    {
        var handler = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new() };
        using var browser = new HttpClient(handler) { BaseAddress = fx.BaseAddress };
        var token = Token().Match(await browser.GetStringAsync("/login")).Groups[1].Value;

        var signIn = await browser.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = ApiFixture.EmailOf(Roles.Agent), ["password"] = "wrong-password", ["__RequestVerificationToken"] = token,
        }));

        signIn.Headers.Location!.ToString().ShouldStartWith("/login?error=invalid");
        (await browser.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_page_without_sign_in_redirects_to_the_form()
    {
        var handler = new HttpClientHandler { AllowAutoRedirect = false };
        using var browser = new HttpClient(handler) { BaseAddress = fx.BaseAddress };

        var response = await browser.GetAsync("/customers/1");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/login");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}

[Collection(SqliteCollection.Name)]
public sealed class AuthorizationOnSqlite(SqliteApi fx) : AuthorizationTests(fx);

[Collection(PostgresCollection.Name)]
public sealed class AuthorizationOnPostgres(PostgresApi fx) : AuthorizationTests(fx);
