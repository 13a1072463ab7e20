using System.Net;
using Frontline.Cases;
using Frontline.Customers;
using Frontline.Guidelines;
using Frontline.Identity;
using Frontline.Tests.Infrastructure;

namespace Frontline.Tests.Gestures;

/// <summary>Builds one story's world through the API: its own category, team, guideline and grants, so stories never meet.</summary>
public sealed class GestureScenario(ApiFixture fx)
{
    public HttpClient Manager { get; } = fx.As(Roles.Manager);
    public long CategoryId { get; private set; }
    public long TeamId { get; private set; }
    public long GuidelineId { get; private set; }

    public async Task<GestureScenario> CategoryAsync(string name, string teamZone = "Europe/Berlin")
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var category = await Manager.PostJsonAsync("/api/v1/categories", new { name = $"{name} {suffix}" });
        CategoryId = (await category.ReadAsync<CategoryView>()).Id;
        var team = await Manager.PostJsonAsync("/api/v1/teams", new { name = $"Team {name} {suffix}", timeZone = teamZone });
        TeamId = (await team.ReadAsync<TeamView>()).Id;
        return this;
    }

    public async Task<GestureScenario> GuidelineAsync(GuidelineContent content)
    {
        var response = await Manager.PostJsonAsync("/api/v1/guidelines", new { categoryId = CategoryId, name = "How we handle it", content });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        GuidelineId = (await response.ReadAsync<GuidelineView>()).Id;
        return this;
    }

    public async Task<long> GrantAsync(object grant)
    {
        var response = await Manager.PostJsonAsync("/api/v1/authority/grants", grant);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt64();
    }

    public async Task<CaseView> CaseAsync(HttpClient agent, CustomerDetails customer, string subject, long? assetId = null, DateTime? deadline = null)
    {
        var response = await agent.PostJsonAsync("/api/v1/cases", new
        {
            customerId = customer.Id, categoryId = CategoryId, subject, channel = "StoreVisit", assetId, teamId = TeamId, customerDeadline = deadline,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<CaseView>();
    }

    public async Task<AssetView> AssetAsync(HttpClient agent, long customerId, string sku, DateOnly purchasedOn, DateOnly? warrantyEndsOn = null,
        DateOnly? serviceDate = null)
    {
        var response = await agent.PostJsonAsync($"/api/v1/customers/{customerId}/assets", new
        {
            productId = await fx.IdOfProductAsync(sku), purchasedOn, purchaseChannel = "OwnStore", price = 29, warrantyEndsOn, serviceDate,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<AssetView>();
    }
}
