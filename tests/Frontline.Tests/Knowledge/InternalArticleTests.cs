using System.Net;
using Frontline.Knowledge;
using Frontline.Tests.Infrastructure;

namespace Frontline.Tests.Knowledge;

/// <summary>Articles for colleagues only: never inserted into a reply, never on the help pages.</summary>
public abstract class InternalArticleTests(ApiFixture fx)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<ArticleView> WriteAsync(string title, bool? isInternal)
    {
        var response = await fx.As("Manager").PostJsonAsync("/api/v1/knowledge/articles",
            new { title, body = "How we really decide it.", isPublished = true, isInternal });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<ArticleView>();
    }

    [Fact]
    public async Task An_article_is_customer_facing_unless_marked_internal_and_keeps_its_mark_when_edited()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var facing = await WriteAsync($"Returns {suffix}", isInternal: null);
        var secret = await WriteAsync($"Goodwill limits {suffix}", isInternal: true);

        var edited = await (await fx.As("Manager").PutJsonAsync($"/api/v1/knowledge/articles/{secret.Id}",
            new { title = $"Goodwill limits {suffix}", body = "Rewritten." })).ReadAsync<ArticleView>();

        (facing.IsInternal, secret.IsInternal, edited.IsInternal).ShouldBe((false, true, true));
        await using var db = fx.OpenDb();
        var help = await Articles.FindAsync(db, suffix, publishedOnly: true, 1, 50, Ct);
        help.Items.Select(a => a.Title).ShouldBe([$"Returns {suffix}"]);
    }

    [Fact]
    public async Task An_internal_article_is_never_inserted_into_a_reply_on_any_channel()
    {
        var secret = await WriteAsync($"Goodwill limits {Guid.NewGuid():N}", isInternal: true);
        var agent = fx.As("Agent");
        var customer = await Given.CustomerAsync(agent, "Ivo Inserted", Given.UniqueEmail());
        var @case = await Given.CaseAsync(agent, fx, customer.Id);

        var byPhone = await agent.PostJsonAsync($"/api/v1/customers/{customer.Id}/touchpoints",
            new { channel = "Phone", direction = "Outbound", body = "As agreed.", articleId = secret.Id });
        var byEmail = await agent.PostJsonAsync($"/api/v1/cases/{@case.Id}/email-replies",
            new { body = "As agreed.", articleId = secret.Id });

        (await byPhone.ProblemFieldsAsync()).ShouldBe(["articleId"]);
        (await byEmail.ProblemFieldsAsync()).ShouldBe(["articleId"]);
        await using var db = fx.OpenDb();
        db.Touchpoints.Count(t => t.CustomerId == customer.Id && t.Body.Contains("How we really decide")).ShouldBe(0);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class InternalArticleOnSqlite(SqliteApi fx) : InternalArticleTests(fx);

[Collection(PostgresCollection.Name)]
public sealed class InternalArticleOnPostgres(PostgresApi fx) : InternalArticleTests(fx);
