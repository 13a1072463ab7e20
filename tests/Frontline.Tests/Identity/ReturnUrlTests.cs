using System.Net;
using Frontline.Identity;
using Frontline.Tests.Infrastructure;

namespace Frontline.Tests.Identity;

/// <summary>The page to go back to after signing in is a local path or nothing: a strange one signs in to the start page.</summary>
public abstract class ReturnUrlTests(ApiFixture fx)
{
    private async Task<HttpResponseMessage> SignInAsync(string email, string returnUrl)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new() }) { BaseAddress = fx.BaseAddress };
        var form = await client.GetStringAsync("/login");
        var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        return await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = email, ["password"] = ApiFixture.Password, ["returnUrl"] = returnUrl, ["__RequestVerificationToken"] = token,
        }));
    }

    [Theory]
    [InlineData("/cases\n/x")]
    [InlineData("/cases\tx")]
    [InlineData("https://elsewhere.example/")]
    [InlineData("//elsewhere.example/")]
    public async Task A_return_address_with_a_control_character_or_another_site_signs_in_to_the_start_page(string returnUrl)
    {
        var response = await SignInAsync(ApiFixture.EmailOf(Roles.Agent), returnUrl);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe("/");
    }

    [Fact]
    public async Task A_local_return_address_is_kept()
    {
        var response = await SignInAsync(ApiFixture.EmailOf(Roles.Agent), "/cases?mine=1");

        response.Headers.Location!.ToString().ShouldBe("/cases?mine=1");
    }
}

[Collection(SqliteCollection.Name)] public sealed class ReturnUrlOnSqlite(SqliteApi fx) : ReturnUrlTests(fx);
[Collection(PostgresCollection.Name)] public sealed class ReturnUrlOnPostgres(PostgresApi fx) : ReturnUrlTests(fx);
