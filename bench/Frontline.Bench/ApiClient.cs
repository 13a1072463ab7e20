using System.Net.Http.Json;
using System.Text.Json;

namespace Frontline.Bench;

/// <summary>What an integration or the agent's screen does over HTTP: find the customer and their timeline; evaluate a gesture.</summary>
internal sealed class ApiClient(Uri baseAddress, string apiKey) : IDisposable
{
    private readonly HttpClient http = Create(baseAddress, apiKey);

    public async Task<bool> LookupAndTimelineAsync(string address)
    {
        using var found = await http.GetAsync($"/api/v1/customers?email={Uri.EscapeDataString(address)}");
        if (!found.IsSuccessStatusCode) return false;
        using var page = JsonDocument.Parse(await found.Content.ReadAsStreamAsync());
        var items = page.RootElement.GetProperty("items");
        if (items.GetArrayLength() != 1) return false;
        var id = items[0].GetProperty("id").GetInt64();
        using var timeline = await http.GetAsync($"/api/v1/customers/{id}/timeline?pageSize=25");
        if (!timeline.IsSuccessStatusCode) return false;
        var entries = await timeline.Content.ReadFromJsonAsync<JsonElement>();
        return entries.GetProperty("items").GetArrayLength() > 0;
    }

    /// <summary>Asks whether a gesture may be granted on a case; the answer, grant now or needs approval, is read whole.</summary>
    public async Task<bool> EvaluateAsync(GestureProbe probe)
    {
        using var response = await http.PostAsJsonAsync($"/api/v1/cases/{probe.CaseId}/gestures/evaluate",
            new { gesture = probe.Gesture, amount = probe.Amount, currency = "EUR" });
        if (!response.IsSuccessStatusCode) return false;
        var evaluation = await response.Content.ReadFromJsonAsync<JsonElement>();
        return evaluation.GetProperty("summary").GetString() is { Length: > 0 };
    }

    public async Task<bool> HealthAsync()
    {
        using var response = await http.GetAsync("/health");
        await response.Content.ReadAsByteArrayAsync();
        return response.IsSuccessStatusCode;
    }

    public void Dispose() => http.Dispose();

    private static HttpClient Create(Uri baseAddress, string apiKey)
    {
        var http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        return http;
    }
}
