using System.Net;
using System.Text;
using CsCheck;
using Frontline.Api;
using Frontline.Identity;
using Frontline.Tests.Infrastructure;

namespace Frontline.Tests.Api;

/// <summary>Random text full of control characters and halves of surrogate pairs: refused or kept, never a 5xx.</summary>
public abstract class ControlCharacterProperties(ApiFixture fx)
{
    private static readonly Gen<string> Hostile =
        Gen.OneOf(Gen.Char[(char)0, (char)0x7F], Gen.Char['\uD800', '\uDFFF'], Gen.Char['a', 'z']).Array[1, 40]
            .Select(chars => new string(chars));

    // every character escaped, so the text arrives exactly as generated (a serializer would replace half surrogates)
    private static StringContent Json(string template, string text) => new(
        template.Replace("TEXT", string.Concat(text.Select(c => $"\\u{(int)c:X4}")), StringComparison.Ordinal),
        Encoding.UTF8, "application/json");

    [Fact]
    public void Cleaned_text_is_always_accepted() =>
        Hostile.Sample(text => TextRules.Refusal(TextRules.Clean(text)) is null, iter: 2_000);

    [Fact]
    public async Task Hostile_text_in_a_customer_name_or_a_note_never_answers_5xx()
    {
        var agent = fx.As(Roles.Agent);
        var customer = await Given.CustomerAsync(agent);
        await Hostile.SampleAsync(async text =>
        {
            var named = await agent.PostAsync("/api/v1/customers",
                Json($$"""{"name":"TEXT","emails":["{{Given.UniqueEmail()}}"]}""", text));
            var noted = await agent.PostAsync($"/api/v1/customers/{customer.Id}/touchpoints",
                Json("""{"channel":"Phone","direction":"Internal","body":"TEXT"}""", text));
            ((int)named.StatusCode).ShouldBeLessThan(500, await named.Content.ReadAsStringAsync());
            ((int)noted.StatusCode).ShouldBeLessThan(500, await noted.Content.ReadAsStringAsync());
            if (TextRules.Refusal(text) is not null) noted.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        }, iter: 40, threads: 1);
    }
}

[Collection(SqliteCollection.Name)] public sealed class ControlCharacterPropertiesOnSqlite(SqliteApi fx) : ControlCharacterProperties(fx);
[Collection(PostgresCollection.Name)] public sealed class ControlCharacterPropertiesOnPostgres(PostgresApi fx) : ControlCharacterProperties(fx);
