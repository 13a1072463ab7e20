using System.Net;
using System.Text.RegularExpressions;
using Frontline.Testing;

namespace Frontline.Browser.Tests.Process;

/// <summary>`frontline users add` as an operator types it, and the person it adds signing in.</summary>
public sealed class UsersAddCommand : IDisposable
{
    private readonly string data = FrontlineProcess.NewDataDirectory();

    [Fact]
    public async Task Users_add_rejects_an_unknown_role_and_accepts_a_valid_one()
    {
        string[] person = ["users", "add", "--email", "robin@example.com", "--name", "Robin Reyes", "--password", "Robin-pass-2024", "--data", data];

        var wrong = await FrontlineProcess.RunAsync([.. person, "--role", "Wizard"]);
        wrong.ExitCode.ShouldBe(1, wrong.Output);
        wrong.Output.ShouldContain("role:");

        var right = await FrontlineProcess.RunAsync([.. person, "--role", "Agent"]);
        right.ExitCode.ShouldBe(0, right.Output);

        await using var server = await FrontlineProcess.StartAsync("serve", data);
        (await SignInAsync(server, "robin@example.com", "Robin-pass-2024")).ShouldBe("/");
        (await SignInAsync(server, "robin@example.com", "Wrong-pass-2024")).ShouldStartWith("/login?error=invalid");
    }

    /// <summary>Posts the /login form with its antiforgery token, as the browser does; returns where it is sent next.</summary>
    private static async Task<string> SignInAsync(FrontlineProcess server, string email, string password)
    {
        var ct = TestContext.Current.CancellationToken;
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
        { BaseAddress = server.BaseAddress };
        var form = await http.GetStringAsync("/login", ct);
        var token = Regex.Match(form, "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"");
        token.Success.ShouldBeTrue(form);
        using var response = await http.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
            ["email"] = email,
            ["password"] = password,
            ["returnUrl"] = "/",
        }), ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return response.Headers.Location!.OriginalString;
    }

    public void Dispose() => FrontlineProcess.DeleteDataDirectory(data);
}
