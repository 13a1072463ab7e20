using System.Net;
using Frontline.Identity;
using Frontline.Knowledge;
using Frontline.Tests.Events;
using Frontline.Tests.Infrastructure;

namespace Frontline.Tests.Knowledge;

public abstract class KnowledgeEventsTests(ApiFixture fx)
{
    private readonly HttpClient _manager = fx.As(Roles.Manager);

    [Fact]
    public async Task Writing_and_rewriting_an_article_publish_article_saved_and_a_refused_one_nothing()
    {
        var probe = await EventProbe.MarkAsync(fx);

        var written = await (await _manager.PostJsonAsync("/api/v1/knowledge/articles",
            new { title = "Resetting a remote", body = "Hold both buttons.", isPublished = false })).ReadAsync<ArticleView>();
        var refused = await _manager.PostJsonAsync("/api/v1/knowledge/articles", new { title = "", body = "" });
        var rewritten = await _manager.PutJsonAsync($"/api/v1/knowledge/articles/{written.Id}",
            new { title = "Resetting a remote control", body = "Hold both buttons for five seconds.", isPublished = true });

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        rewritten.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await probe.TypesByCallersAsync()).ShouldBe(["article.saved", "article.saved"]);
        var saved = (await probe.AllAsync()).Where(e => e.Type == "article.saved").Select(e => e.Read<ArticleSaved>()).ToList();
        saved.ShouldBe([
            new ArticleSaved(written.Id, "Resetting a remote", Published: false, Created: true),
            new ArticleSaved(written.Id, "Resetting a remote control", Published: true, Created: false),
        ]);
    }

    [Fact]
    public async Task Adding_a_price_publishes_price_added_and_a_refused_one_nothing()
    {
        var code = $"EVT-{Guid.NewGuid():N}"[..16].ToUpperInvariant();
        var probe = await EventProbe.MarkAsync(fx);

        var added = await (await _manager.PostJsonAsync("/api/v1/knowledge/prices",
            new { code, name = "Event fee", kind = "Fee", amount = 12.5m, currency = "EUR", validFrom = "2026-01-01" })).ReadAsync<PriceView>();
        var overlapping = await _manager.PostJsonAsync("/api/v1/knowledge/prices",
            new { code, name = "Event fee", kind = "Fee", amount = 13m, currency = "EUR", validFrom = "2026-02-01" });

        overlapping.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await probe.SingleAsync<PriceAdded>()).ShouldBe(new PriceAdded(added.Id, code, 12.5m, "EUR", new DateOnly(2026, 1, 1), null));
        (await probe.TypesByCallersAsync()).ShouldBe(["price.added"]);
    }
}

[Collection(SqliteCollection.Name)] public sealed class KnowledgeEventsOnSqlite(SqliteApi fx) : KnowledgeEventsTests(fx);
[Collection(PostgresCollection.Name)] public sealed class KnowledgeEventsOnPostgres(PostgresApi fx) : KnowledgeEventsTests(fx);
