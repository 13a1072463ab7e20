using System.Net;
using Frontline.Cases;
using Frontline.Customers;
using Frontline.Touchpoints;

namespace Frontline.Tests.Infrastructure;

/// <summary>Short ways to make the data a test starts from, through the API itself.</summary>
public static class Given
{
    public static string UniqueEmail(string name = "customer") => $"{name}.{Guid.NewGuid():N}@example.com";

    public static async Task<CustomerDetails> CustomerAsync(HttpClient client, string name = "Dana Whitfield", string? email = null, string? phone = null)
    {
        var response = await client.PostJsonAsync("/api/v1/customers", new
        {
            name, emails = new[] { email ?? UniqueEmail() }, phones = phone is null ? Array.Empty<string>() : [phone],
            timeZone = "Europe/Berlin", loyaltyTier = "Gold",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<CustomerDetails>();
    }

    public static async Task<CaseView> CaseAsync(HttpClient client, ApiFixture fx, long customerId, string subject = "TV remote stopped working",
        string? description = null, Channel channel = Channel.StoreVisit)
    {
        var response = await client.PostJsonAsync("/api/v1/cases", new
        {
            customerId, categoryId = await fx.IdOfCategoryAsync("Warranty and repair"), subject, description, channel,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<CaseView>();
    }
}
