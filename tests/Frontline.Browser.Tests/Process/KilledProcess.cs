using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Frontline.Testing;

namespace Frontline.Browser.Tests.Process;

/// <summary>A 201 means the customer is on disk: a power cut right after the answer loses nothing.</summary>
public sealed class KilledProcess : IDisposable
{
    private readonly string data = FrontlineProcess.NewDataDirectory();

    [Fact]
    public async Task Acknowledged_write_survives_a_killed_process()
    {
        var migrate = await FrontlineProcess.RunAsync("db", "migrate", "--data", data);
        migrate.ExitCode.ShouldBe(0, migrate.Output);
        var secret = await IssueApiKeyAsync();
        var email = $"kill-{Guid.NewGuid():N}@example.com";

        await using (var first = await FrontlineProcess.StartAsync("serve", data))
        {
            using var http = Client(first, secret);
            using var created = await http.PostAsJsonAsync("/api/v1/customers", new { name = "Kim Killed-Process", emails = new[] { email } },
                TestContext.Current.CancellationToken);
            created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            first.Kill();
        }

        await using var second = await FrontlineProcess.StartAsync("serve", data);
        using var again = Client(second, secret);
        var found = await again.GetFromJsonAsync<JsonElement>($"/api/v1/customers?email={Uri.EscapeDataString(email)}",
            TestContext.Current.CancellationToken);
        found.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ShouldBe(["Kim Killed-Process"]);
    }

    private async Task<string> IssueApiKeyAsync()
    {
        // a key acts for someone: the integration's person is added first
        var added = await FrontlineProcess.RunAsync("users", "add", "--email", "kim.agent@example.com", "--name", "Kim Agent",
            "--password", "Frontline-test-1", "--role", "Agent", "--data", data);
        added.ExitCode.ShouldBe(0, added.Output);
        var issued = await FrontlineProcess.RunAsync("api-keys", "create", "--name", "t", "--role", "Agent",
            "--for", "kim.agent@example.com", "--data", data);
        issued.ExitCode.ShouldBe(0, issued.Output);
        var secret = Regex.Match(issued.Output, @"fl_[A-Za-z0-9_-]+");
        secret.Success.ShouldBeTrue(issued.Output);
        return secret.Value;
    }

    private static HttpClient Client(FrontlineProcess server, string secret) =>
        new() { BaseAddress = server.BaseAddress, DefaultRequestHeaders = { { "X-Api-Key", secret } } };

    public void Dispose() => FrontlineProcess.DeleteDataDirectory(data);
}
