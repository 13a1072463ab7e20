using System.Net;
using System.Net.Http.Headers;
using Frontline.Identity;
using Frontline.Tests.Infrastructure;

namespace Frontline.Tests.Api;

/// <summary>A browser gets a page for an unknown or forbidden address; the API keeps its problem details.</summary>
public abstract class StatusPagesTests(ApiFixture fx)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpClient> BrowserAsync(string role)
    {
        var client = await fx.SignInAsync(ApiFixture.EmailOf(role));
        client.DefaultRequestHeaders.Accept.Clear();
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        return client;
    }

    [Fact]
    public async Task A_browser_asking_for_an_unknown_page_gets_a_page_with_a_title_and_a_way_home()
    {
        using var browser = await BrowserAsync(Roles.Agent);

        var answer = await browser.GetAsync("/no-such-page", Ct);

        answer.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        answer.Content.Headers.ContentType?.MediaType.ShouldBe("text/html");
        var html = await answer.Content.ReadAsStringAsync(Ct);
        html.ShouldContain("<title>Page not found · Frontline</title>");
        html.ShouldContain("href=\"/\"");
    }

    [Fact]
    public async Task An_unknown_api_address_still_answers_problem_details()
    {
        using var program = await fx.SignInAsync(ApiFixture.EmailOf(Roles.Agent));

        var answer = await program.GetAsync("/api/v1/no-such-thing", Ct);

        answer.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        answer.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task A_page_for_another_role_leads_to_a_page_that_says_so()
    {
        using var browser = await BrowserAsync(Roles.Agent);

        var refused = await browser.GetAsync("/admin/outbox", Ct);
        var shown = await browser.GetAsync(refused.Headers.Location!, Ct);

        refused.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        refused.Headers.Location!.AbsolutePath.ShouldBe("/forbidden");
        shown.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await shown.Content.ReadAsStringAsync(Ct)).ShouldContain("<title>Not for your role · Frontline</title>");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class StatusPagesOnSqlite(SqliteApi fx) : StatusPagesTests(fx);

[Collection(PostgresCollection.Name)]
public sealed class StatusPagesOnPostgres(PostgresApi fx) : StatusPagesTests(fx);
