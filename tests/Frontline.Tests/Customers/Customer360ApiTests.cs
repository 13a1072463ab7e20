using System.Net;
using Frontline.Customers;
using Frontline.Tests.Gestures;
using Frontline.Tests.Infrastructure;
using Frontline.Touchpoints;

namespace Frontline.Tests.Customers;

public abstract class Customer360ApiTests(ApiFixture fx)
{
    [Fact]
    public async Task The_360_shows_assets_with_warranty_cases_channels_and_why_the_customer_matters()
    {
        var agent = fx.As("Agent");
        var world = await new GestureScenario(fx).CategoryAsync("360");
        var dana = await Given.CustomerAsync(agent, "Dana Whitfield");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        for (var i = 0; i < 13; i++) await world.AssetAsync(agent, dana.Id, "TV-55-OLED", today.AddDays(-100 - i));
        var remote = await world.AssetAsync(agent, dana.Id, "TV-REMOTE", today.AddDays(-388), warrantyEndsOn: today.AddDays(-23));
        var @case = await world.CaseAsync(agent, dana, "TV remote stopped working", remote.Id);
        await agent.PostJsonAsync($"/api/v1/cases/{@case.Id}/touchpoints", new { channel = "StoreVisit", direction = "Inbound", body = "At the counter." });
        await agent.PostJsonAsync($"/api/v1/customers/{dana.Id}/touchpoints", new { channel = "Email", direction = "Outbound", body = "Thanks!" });

        var view = await (await agent.GetAsync($"/api/v1/customers/{dana.Id}/360")).ReadAsync<Customer360>();

        view.WhyTheyMatter.ShouldBe("14 devices on record");
        view.Assets.Count.ShouldBe(14);
        view.Assets.Single(a => a.Id == remote.Id).Warranty.Text.ShouldStartWith("out of warranty by 2"); // 22 to 24 days by the customer's zone
        view.Cases.ShouldBe(new CaseCounts(1, 0, 0, 0));
        view.RecentCases.Single().Subject.ShouldBe("TV remote stopped working");
        view.Channels.Select(c => c.Channel).ShouldBe([Channel.Email, Channel.StoreVisit], ignoreOrder: true);
        (await agent.GetAsync("/api/v1/customers/99999999/360")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_360_counts_the_gestures_the_customer_received_and_their_value_and_no_one_elses()
    {
        var world = await (await new GestureScenario(fx).CategoryAsync("360 gestures")).GuidelineAsync(GestureRulesApiTests.Waivers());
        await world.GrantAsync(new
        {
            holderKind = "Role", holderRole = "Agent", gesture = "fee-waiver", categoryIds = new[] { world.CategoryId },
            maxPerGesture = 100, currency = "EUR"
        });
        var agent = fx.As("Agent");
        var gina = await Given.CustomerAsync(agent, "Gina Gesture", email: Given.UniqueEmail("gina"));
        var otto = await Given.CustomerAsync(agent, "Otto Other", email: Given.UniqueEmail("otto"));
        var ginas = await world.CaseAsync(agent, gina, "Fees charged twice");
        var ottos = await world.CaseAsync(agent, otto, "Fees charged twice");
        async Task GrantAsync(long caseId, decimal amount) =>
            (await agent.PostJsonAsync($"/api/v1/cases/{caseId}/gestures", new { gesture = "fee-waiver", amount, currency = "EUR", reason = "Charged twice.", grantAgainReason = "Again." }))
                .StatusCode.ShouldBe(HttpStatusCode.Created);
        await GrantAsync(ginas.Id, 10);
        await GrantAsync(ginas.Id, 15);
        await GrantAsync(ottos.Id, 40);

        var view = await (await agent.GetAsync($"/api/v1/customers/{gina.Id}/360")).ReadAsync<Customer360>();

        view.GesturesReceived.ShouldBe(2);
        view.GesturesValue.ShouldBe([new Frontline.Common.Money(25m, "EUR")]);
        view.RecentCases.Single().Gestures.ShouldBe(2);
    }

    [Fact]
    public async Task The_360_shows_the_latest_three_feedback_scores_newest_first_and_a_bad_score_is_refused()
    {
        var agent = fx.As("Agent");
        var customer = await Given.CustomerAsync(agent, "Fay Feedback", email: Given.UniqueEmail("fay"));
        var @case = await Given.CaseAsync(agent, fx, customer.Id);
        var start = DateTime.UtcNow.AddDays(-10);
        for (var i = 0; i < 4; i++)
            // surveys from past days are imported history: only a manager's key may date them beyond a day back
            (await fx.As("Manager").PostJsonAsync($"/api/v1/cases/{@case.Id}/touchpoints",
                new { channel = "Feedback", direction = "Inbound", body = $"Survey {i}", score = 6 + i, occurredAt = start.AddDays(i) }))
                .StatusCode.ShouldBe(HttpStatusCode.Created);

        var outOfRange = await agent.PostJsonAsync($"/api/v1/cases/{@case.Id}/touchpoints", new { channel = "Feedback", direction = "Inbound", body = "x", score = 11 });
        var notFeedback = await agent.PostJsonAsync($"/api/v1/cases/{@case.Id}/touchpoints", new { channel = "Email", direction = "Inbound", body = "x", score = 5 });
        var view = await (await agent.GetAsync($"/api/v1/customers/{customer.Id}/360")).ReadAsync<Customer360>();

        view.LatestFeedback.Select(f => f.Score).ShouldBe([9, 8, 7]);
        view.LatestFeedback[0].CaseNumber.ShouldBe(@case.Number);
        (await outOfRange.ProblemFieldsAsync()).ShouldBe(["score"]);
        (await notFeedback.ProblemFieldsAsync()).ShouldBe(["score"]);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class Customer360OnSqlite(SqliteApi fx) : Customer360ApiTests(fx);

[Collection(PostgresCollection.Name)]
public sealed class Customer360OnPostgres(PostgresApi fx) : Customer360ApiTests(fx);
