using System.Net;
using Frontline.Authority;
using Frontline.Identity;
using Frontline.Tests.Infrastructure;

namespace Frontline.Tests.Authority;

/// <summary>A manager renames a kind of gesture or changes its verb; its code never changes.</summary>
public abstract class GestureKindEditTests(ApiFixture fx)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private readonly HttpClient _manager = fx.As(Roles.Manager);

    private async Task<GestureKindView> KindAsync()
    {
        var code = $"k-{Guid.NewGuid():N}"[..20];
        var created = await _manager.PostJsonAsync("/api/v1/gesture-kinds", new { code, name = "Lounge pass", verb = "give a lounge pass" });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        return await created.ReadAsync<GestureKindView>();
    }

    [Fact]
    public async Task A_manager_renames_a_kind_and_changes_its_verb()
    {
        var kind = await KindAsync();

        var updated = await _manager.PutJsonAsync($"/api/v1/gesture-kinds/{kind.Id}",
            new { name = "Lounge visit", verb = "invite to the lounge", mayBeFree = true });

        updated.StatusCode.ShouldBe(HttpStatusCode.OK);
        var listed = (await (await _manager.GetAsync("/api/v1/gesture-kinds", Ct)).ReadAsync<List<GestureKindView>>())
            .Single(k => k.Id == kind.Id);
        listed.ShouldBe(kind with { Name = "Lounge visit", Verb = "invite to the lounge", MayBeFree = true });
    }

    [Fact]
    public async Task A_new_code_or_an_empty_name_names_the_field_and_changes_nothing()
    {
        var kind = await KindAsync();

        var recoded = await _manager.PutJsonAsync($"/api/v1/gesture-kinds/{kind.Id}",
            new { code = "other-code", name = "Lounge pass", verb = "give a lounge pass" });
        var empty = await _manager.PutJsonAsync($"/api/v1/gesture-kinds/{kind.Id}", new { name = "", verb = "" });
        var missing = await _manager.PutJsonAsync("/api/v1/gesture-kinds/999999999", new { name = "A", verb = "b" });

        (await recoded.ProblemFieldsAsync()).ShouldBe(["code"]);
        (await empty.ProblemFieldsAsync()).ShouldBe(["name", "verb"], ignoreOrder: true);
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var listed = (await (await _manager.GetAsync("/api/v1/gesture-kinds", Ct)).ReadAsync<List<GestureKindView>>())
            .Single(k => k.Id == kind.Id);
        listed.ShouldBe(kind);
    }

    [Theory]
    [InlineData(Roles.Agent)]
    [InlineData(Roles.TeamLead)]
    public async Task Only_a_manager_or_admin_changes_a_kind(string role)
    {
        var kind = await KindAsync();

        var refused = await fx.As(role).PutJsonAsync($"/api/v1/gesture-kinds/{kind.Id}", new { name = "Mine", verb = "take" });

        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class GestureKindEditOnSqlite(SqliteApi fx) : GestureKindEditTests(fx);

[Collection(PostgresCollection.Name)]
public sealed class GestureKindEditOnPostgres(PostgresApi fx) : GestureKindEditTests(fx);
