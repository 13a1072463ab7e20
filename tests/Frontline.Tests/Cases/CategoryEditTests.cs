using System.Net;
using Frontline.Cases;
using Frontline.Identity;
using Frontline.Tests.Infrastructure;

namespace Frontline.Tests.Cases;

/// <summary>A manager renames a category, changes its rule, deactivates and reactivates it; nobody below may.</summary>
public abstract class CategoryEditTests(ApiFixture fx)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private readonly HttpClient _manager = fx.As(Roles.Manager);

    private async Task<CategoryView> CategoryAsync()
    {
        var created = await _manager.PostJsonAsync("/api/v1/categories", new { name = $"Cat {Guid.NewGuid():N}"[..24] });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        return await created.ReadAsync<CategoryView>();
    }

    [Fact]
    public async Task A_manager_renames_a_category_and_gives_it_an_update_rule()
    {
        var category = await CategoryAsync();
        var name = $"Renamed {Guid.NewGuid():N}"[..28];

        var updated = await _manager.PutJsonAsync($"/api/v1/categories/{category.Id}",
            new { name, description = "Parcels that went astray", updateEveryHours = 24 });

        updated.StatusCode.ShouldBe(HttpStatusCode.OK);
        var listed = (await (await _manager.GetAsync("/api/v1/categories", Ct)).ReadAsync<List<CategoryView>>())
            .Single(c => c.Id == category.Id);
        listed.ShouldBe(new CategoryView(category.Id, name, "Parcels that went astray", true, 24));
    }

    [Fact]
    public async Task Adding_renaming_and_deactivating_a_category_are_each_an_event_in_the_log()
    {
        var category = await CategoryAsync();
        var name = $"Evented {Guid.NewGuid():N}"[..28];
        (await _manager.PutJsonAsync($"/api/v1/categories/{category.Id}", new { name })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _manager.PostAsync($"/api/v1/categories/{category.Id}/deactivate", null, Ct)).StatusCode
            .ShouldBe(HttpStatusCode.OK);

        var log = await (await fx.As(Roles.Admin).GetAsync("/api/v1/events?type=category.changed&limit=500", Ct))
            .ReadAsync<Frontline.Events.EventLogPage>();
        var mine = log.Items.Where(e => e.Data.GetProperty("categoryId").GetInt64() == category.Id).ToList();
        mine.Select(e => (e.Data.GetProperty("name").GetString(), e.Data.GetProperty("active").GetBoolean()))
            .ShouldBe([(category.Name, true), (name, true), (name, false)]);
    }

    [Fact]
    public async Task A_rename_to_a_taken_or_empty_name_names_the_field_and_changes_nothing()
    {
        var category = await CategoryAsync();
        var other = await CategoryAsync();

        var taken = await _manager.PutJsonAsync($"/api/v1/categories/{category.Id}", new { name = other.Name });
        var empty = await _manager.PutJsonAsync($"/api/v1/categories/{category.Id}",
            new { name = " ", updateEveryHours = 0.1 });
        var missing = await _manager.PutJsonAsync("/api/v1/categories/999999999", new { name = "Anything" });

        (await taken.ProblemFieldsAsync()).ShouldBe(["name"]);
        (await empty.ProblemFieldsAsync()).ShouldBe(["name", "updateEveryHours"], ignoreOrder: true);
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var listed = (await (await _manager.GetAsync("/api/v1/categories", Ct)).ReadAsync<List<CategoryView>>())
            .Single(c => c.Id == category.Id);
        listed.Name.ShouldBe(category.Name);
    }

    [Fact]
    public async Task A_deactivated_category_takes_no_new_case_until_reactivated()
    {
        var category = await CategoryAsync();
        var agent = fx.As(Roles.Agent);
        var customer = await Given.CustomerAsync(agent);

        var deactivated = await _manager.PostAsync($"/api/v1/categories/{category.Id}/deactivate", null, Ct);
        var refused = await agent.PostJsonAsync("/api/v1/cases",
            new { customerId = customer.Id, categoryId = category.Id, subject = "Lost parcel", channel = "Phone" });
        var reactivated = await _manager.PostAsync($"/api/v1/categories/{category.Id}/reactivate", null, Ct);
        var opened = await agent.PostJsonAsync("/api/v1/cases",
            new { customerId = customer.Id, categoryId = category.Id, subject = "Lost parcel", channel = "Phone" });

        (await deactivated.ReadAsync<CategoryView>()).IsActive.ShouldBeFalse();
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.ProblemFieldsAsync()).ShouldBe(["categoryId"]);
        (await reactivated.ReadAsync<CategoryView>()).IsActive.ShouldBeTrue();
        opened.StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Theory]
    [InlineData(Roles.Agent)]
    [InlineData(Roles.TeamLead)]
    public async Task Only_a_manager_or_admin_changes_a_category(string role)
    {
        var category = await CategoryAsync();
        var client = fx.As(role);

        var rename = await client.PutJsonAsync($"/api/v1/categories/{category.Id}", new { name = "Not allowed" });
        var deactivate = await client.PostAsync($"/api/v1/categories/{category.Id}/deactivate", null, Ct);
        var byAdmin = await fx.As(Roles.Admin).PostAsync($"/api/v1/categories/{category.Id}/deactivate", null, Ct);

        rename.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        deactivate.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        byAdmin.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CategoryEditOnSqlite(SqliteApi fx) : CategoryEditTests(fx);

[Collection(PostgresCollection.Name)]
public sealed class CategoryEditOnPostgres(PostgresApi fx) : CategoryEditTests(fx);
