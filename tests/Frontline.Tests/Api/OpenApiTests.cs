using System.Text.Json;
using Frontline.Tests.Infrastructure;

namespace Frontline.Tests.Api;

[Collection(SqliteCollection.Name)]
public sealed class OpenApiTests(SqliteApi fx)
{
    [Fact]
    public async Task Every_api_operation_has_a_name_and_a_summary()
    {
        using var doc = JsonDocument.Parse(await fx.Anonymous().GetStringAsync("/openapi/v1.json"));
        var operations = doc.RootElement.GetProperty("paths").EnumerateObject()
            .Where(p => p.Name.StartsWith("/api/v1"))
            .SelectMany(p => p.Value.EnumerateObject().Select(o => (Path: p.Name, Method: o.Name, Op: o.Value)))
            .ToList();

        operations.Count.ShouldBeGreaterThan(20);
        operations.Where(o => !o.Op.TryGetProperty("operationId", out var _) || !o.Op.TryGetProperty("summary", out var _))
            .Select(o => $"{o.Method} {o.Path}").ShouldBeEmpty();
        operations.Select(o => o.Op.GetProperty("operationId").GetString()).ShouldContain("OpenCase");
        operations.Select(o => o.Op.GetProperty("operationId").GetString()).ShouldContain("GetCaseTimeline");
    }

    [Fact]
    public async Task The_document_tells_integrators_to_send_an_api_key()
    {
        using var doc = JsonDocument.Parse(await fx.Anonymous().GetStringAsync("/openapi/v1.json"));
        var scheme = doc.RootElement.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");

        scheme.GetProperty("type").GetString().ShouldBe("apiKey");
        scheme.GetProperty("in").GetString().ShouldBe("header");
        scheme.GetProperty("name").GetString().ShouldBe("X-Api-Key");
    }

    [Fact]
    public async Task The_Scalar_reference_is_served()
    {
        var response = await fx.Anonymous().GetAsync("/scalar/v1");

        response.IsSuccessStatusCode.ShouldBeTrue();
        (await response.Content.ReadAsStringAsync()).ShouldContain("openapi/v1.json");
    }
}
