using System.Net;
using Frontline.Identity;
using Frontline.Tests.Infrastructure;

namespace Frontline.Tests.Identity;

/// <summary>An admin sees when each key was last used.</summary>
public abstract class ApiKeyLastUseTests(ApiFixture fx)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_key_shows_when_it_was_last_used()
    {
        var (keyId, client) = await fx.KeyAsync(Roles.Agent, fx.AgentId(Roles.Agent));
        var before = (await (await fx.As(Roles.Admin).GetAsync("/api/v1/api-keys", Ct))
            .ReadAsync<List<ApiKeyView>>()).Single(k => k.Id == keyId);

        (await client.GetAsync("/api/v1/categories", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var after = (await (await fx.As(Roles.Admin).GetAsync("/api/v1/api-keys", Ct))
            .ReadAsync<List<ApiKeyView>>()).Single(k => k.Id == keyId);
        before.LastUsedAt.ShouldBeNull();
        after.LastUsedAt.ShouldNotBeNull().ShouldBe(DateTime.UtcNow, TimeSpan.FromMinutes(1));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ApiKeyLastUseOnSqlite(SqliteApi fx) : ApiKeyLastUseTests(fx);

[Collection(PostgresCollection.Name)]
public sealed class ApiKeyLastUseOnPostgres(PostgresApi fx) : ApiKeyLastUseTests(fx);
