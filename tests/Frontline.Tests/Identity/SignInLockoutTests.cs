using System.Net;
using System.Text.RegularExpressions;
using Frontline.Identity;
using Frontline.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Tests.Identity;

/// <summary>Wrong passwords lock a person out quietly: every refusal answers alike, so none tells who exists.</summary>
public abstract partial class SignInLockoutTests(ApiFixture fx)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(HttpStatusCode Status, string Location)> TryAsync(string email, string password)
    {
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new() }) { BaseAddress = fx.BaseAddress };
        var token = Token().Match(await browser.GetStringAsync("/login", Ct)).Groups[1].Value;
        var response = await browser.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = email, ["password"] = password, ["__RequestVerificationToken"] = token,
        }), Ct);
        return (response.StatusCode, response.Headers.Location?.ToString() ?? "");
    }

    [Fact]
    public async Task The_tenth_and_eleventh_wrong_passwords_answer_like_the_first_for_a_known_and_an_unknown_address()
    {
        var known = Given.UniqueEmail("locked").Replace("@example.com", "@frontline.test");
        var created = await fx.As(Roles.Admin).PostJsonAsync("/api/v1/agents",
            new { email = known, displayName = "Lou Locked", password = ApiFixture.Password, role = "Agent" });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var unknown = Given.UniqueEmail("nobody").Replace("@example.com", "@frontline.test");

        var knownAnswers = new List<(HttpStatusCode, string)>();
        var unknownAnswers = new List<(HttpStatusCode, string)>();
        for (var attempt = 1; attempt <= 11; attempt++)
        {
            knownAnswers.Add(await TryAsync(known, $"wrong-password-{attempt}"));
            unknownAnswers.Add(await TryAsync(unknown, $"wrong-password-{attempt}"));
        }
        var rightButLocked = await TryAsync(known, ApiFixture.Password);

        var first = knownAnswers[0];
        first.ShouldBe((HttpStatusCode.Redirect, "/login?error=invalid&returnUrl=%2F"));
        knownAnswers.Distinct().ShouldBe([first], "the tenth and eleventh answer like the first");
        unknownAnswers.Distinct().ShouldBe([first], "an unknown address answers the same");
        rightButLocked.ShouldBe(first, "a locked person hears nothing more than a wrong password");
        await using var db = fx.OpenDb();
        var lockedUntil = await db.Users.Where(u => u.Email == known).Select(u => u.LockoutEnd).SingleAsync(Ct);
        lockedUntil.ShouldNotBeNull("locked, quietly").ShouldBeGreaterThan(DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task The_sign_in_page_says_the_same_words_for_every_refusal()
    {
        using var browser = new HttpClient { BaseAddress = fx.BaseAddress };

        var invalid = await browser.GetStringAsync("/login?error=invalid", Ct);
        var locked = await browser.GetStringAsync("/login?error=locked", Ct);

        Alert().Match(invalid).Value.ShouldContain("The e-mail address or password is not right.");
        Alert().Match(locked).Value.ShouldBe(Alert().Match(invalid).Value);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("<p class=\"error\" role=\"alert\">[^<]*</p>")]
    private static partial Regex Alert();
}

[Collection(SqliteCollection.Name)]
public sealed class SignInLockoutOnSqlite(SqliteApi fx) : SignInLockoutTests(fx);

[Collection(PostgresCollection.Name)]
public sealed class SignInLockoutOnPostgres(PostgresApi fx) : SignInLockoutTests(fx);
