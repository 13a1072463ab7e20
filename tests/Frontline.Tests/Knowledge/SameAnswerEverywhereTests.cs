using System.Net;
using Frontline.Api;
using Frontline.Knowledge;
using Frontline.Tests.Infrastructure;
using Frontline.Touchpoints;

namespace Frontline.Tests.Knowledge;

/// <summary>The roadside-assistance story: the quote on the phone matches the price on the website.</summary>
public abstract class SameAnswerEverywhereTests(ApiFixture fx)
{
    [Fact]
    public async Task A_quoted_price_is_recorded_on_the_touchpoint_and_the_same_on_every_channel()
    {
        var manager = fx.As("Manager");
        var agent = fx.As("Agent");
        var code = $"BATTERY-{Guid.NewGuid():N}"[..16];
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        (await manager.PostJsonAsync("/api/v1/knowledge/prices", new
        {
            code, name = "Battery replacement at home", kind = "Service", amount = 149,
            currency = "EUR", validFrom = today.AddDays(-10)
        })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var article = await (await manager.PostJsonAsync("/api/v1/knowledge/articles",
            new { title = "When the car will not start", body = "A technician comes within the hour.", isPublished = true })).ReadAsync<ArticleView>();
        var customer = await Given.CustomerAsync(agent);

        var onPhone = await (await agent.PostJsonAsync($"/api/v1/customers/{customer.Id}/touchpoints",
            new { channel = "Phone", direction = "Outbound", body = "We can come tonight.", quote = code.ToLowerInvariant(), articleId = article.Id }))
            .ReadAsync<TimelineEntry>();
        var byEmail = await (await agent.PostJsonAsync($"/api/v1/customers/{customer.Id}/touchpoints",
            new { channel = "Email", direction = "Outbound", quote = code })).ReadAsync<TimelineEntry>();
        var quotes = await (await agent.GetAsync($"/api/v1/customers/{customer.Id}/quotes")).ReadAsync<List<QuoteView>>();

        onPhone.Body.ShouldContain("A technician comes within the hour.");
        onPhone.Body.ShouldEndWith("Price: Battery replacement at home, 149.00 EUR");
        byEmail.Body.ShouldBe("Price: Battery replacement at home, 149.00 EUR");
        quotes.Select(q => q.Price).Distinct().ShouldBe([new Money(149, "EUR")]);
        quotes.Select(q => q.Channel).ShouldBe([Channel.Email, Channel.Phone]);
    }

    [Fact]
    public async Task A_price_cannot_overlap_another_of_its_code_and_an_unknown_quote_is_named()
    {
        var manager = fx.As("Manager");
        var code = $"FEE-{Guid.NewGuid():N}"[..12];
        await manager.PostJsonAsync("/api/v1/knowledge/prices", new { code, name = "Change fee", kind = "Fee", amount = 180, currency = "USD", validFrom = "2026-01-01" });

        var overlap = await manager.PostJsonAsync("/api/v1/knowledge/prices",
            new { code, name = "Change fee", kind = "Fee", amount = 150, currency = "USD", validFrom = "2026-06-01" });
        var customer = await Given.CustomerAsync(fx.As("Agent"));
        var unknown = await fx.As("Agent").PostJsonAsync($"/api/v1/customers/{customer.Id}/touchpoints",
            new { channel = "Chat", direction = "Outbound", body = "hi", quote = "NO-SUCH-CODE" });

        (await overlap.ProblemFieldsAsync()).ShouldBe(["validFrom"]);
        (await unknown.ProblemFieldsAsync()).ShouldBe(["quote"]);
        (await fx.As("Agent").PostJsonAsync("/api/v1/knowledge/articles", new { title = "x", body = "y" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SameAnswerOnSqlite(SqliteApi fx) : SameAnswerEverywhereTests(fx);

[Collection(PostgresCollection.Name)]
public sealed class SameAnswerOnPostgres(PostgresApi fx) : SameAnswerEverywhereTests(fx);
