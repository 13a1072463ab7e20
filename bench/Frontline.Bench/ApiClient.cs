using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Frontline.Bench;

/// <summary>What one inbound e-mail post came back with: the status code (0: no answer within the client's timeout) and the receipt's outcome.</summary>
internal readonly record struct EmailOutcome(int Status, string? Outcome, bool CustomerCreated)
{
    public bool Recorded => Status == 201 && Outcome == "recorded";
}

/// <summary>
/// What an integration or the agent's screen does over HTTP: find the customer and their timeline; open a customer (360 and
/// timeline); evaluate a gesture; and what a mail provider does: post an inbound e-mail.
/// </summary>
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

    /// <summary>What the agent's screen loads when a customer is opened: the 360 view and the newest timeline page, both read whole.</summary>
    public async Task<bool> Customer360AndTimelineAsync(long id)
    {
        using var view = await http.GetAsync($"/api/v1/customers/{id}/360");
        if (!view.IsSuccessStatusCode) return false;
        var customer = await view.Content.ReadFromJsonAsync<JsonElement>();
        if (customer.GetProperty("customer").GetProperty("id").GetInt64() != id) return false;
        using var timeline = await http.GetAsync($"/api/v1/customers/{id}/timeline?pageSize=25");
        if (!timeline.IsSuccessStatusCode) return false;
        var entries = await timeline.Content.ReadFromJsonAsync<JsonElement>();
        return entries.GetProperty("items").ValueKind == JsonValueKind.Array;
    }

    /// <summary>Posts one raw MIME message as a mail provider does and reads the receipt.</summary>
    public async Task<EmailOutcome> PostEmailAsync(byte[] mime)
    {
        using var content = new ByteArrayContent(mime);
        content.Headers.ContentType = new MediaTypeHeaderValue("message/rfc822");
        HttpResponseMessage response;
        try
        {
            response = await http.PostAsync("/api/v1/channels/email/inbound", content);
        }
        catch (Exception e) when (e is TaskCanceledException or HttpRequestException)
        {
            // a message the server did not answer in time counts as not recorded; the run goes on
            return new EmailOutcome(0, null, false);
        }
        using var _ = response;
        var status = (int)response.StatusCode;
        if (!response.IsSuccessStatusCode) return new EmailOutcome(status, null, false);
        var receipt = await response.Content.ReadFromJsonAsync<JsonElement>();
        return new EmailOutcome(status, receipt.GetProperty("outcome").GetString(), receipt.GetProperty("customerCreated").GetBoolean());
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
