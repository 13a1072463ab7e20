using System.Text.Json;
using Microsoft.Playwright;

namespace Frontline.Browser.Tests;

/// <summary>A case opened through the API: its id and its customer's.</summary>
public sealed record OpenedCase(long Id, long CustomerId)
{
    public string Number => $"C-{Id:D6}";
}

/// <summary>What the journeys do through the API, with the signed-in page's own session, to set a scene.</summary>
internal static class DemoApi
{
    /// <summary>Records a new customer and opens a case for them in the first category.</summary>
    public static async Task<OpenedCase> OpenCaseAsync(IPage page, string customerName, string subject)
    {
        var category = JsonDocument.Parse(await (await page.APIRequest.GetAsync("/api/v1/categories")).TextAsync()).RootElement[0];
        var customer = await page.APIRequest.PostAsync("/api/v1/customers", new()
        {
            DataObject = new { name = customerName, emails = new[] { $"customer.{Guid.NewGuid():N}@example.com" } },
        });
        customer.Status.ShouldBe(201, await customer.TextAsync());
        var customerId = JsonDocument.Parse(await customer.TextAsync()).RootElement.GetProperty("id").GetInt64();
        var opened = await page.APIRequest.PostAsync("/api/v1/cases", new()
        {
            DataObject = new { customerId, categoryId = category.GetProperty("id").GetInt64(), subject, channel = "Phone" },
        });
        opened.Status.ShouldBe(201, await opened.TextAsync());
        return new OpenedCase(JsonDocument.Parse(await opened.TextAsync()).RootElement.GetProperty("id").GetInt64(), customerId);
    }
}
