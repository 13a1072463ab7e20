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
}

[Collection(SqliteCollection.Name)]
public sealed class Customer360OnSqlite(SqliteApi fx) : Customer360ApiTests(fx);

[Collection(PostgresCollection.Name)]
public sealed class Customer360OnPostgres(PostgresApi fx) : Customer360ApiTests(fx);
