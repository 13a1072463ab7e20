using System.Net;
using Frontline.Identity;
using Frontline.Tests.Infrastructure;
using Frontline.Webhooks;

namespace Frontline.Tests.Webhooks;

public abstract class WebhookEndpointTests(ApiFixture fx)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Path = "/api/v1/webhooks/endpoints";

    public static readonly TheoryData<string> RefusedUrls =
    [
        "http://localhost:8080/hooks", "http://127.0.0.1/", "http://[::1]/", "http://10.1.2.3/", "http://172.16.5.4/",
        "http://192.168.0.10/", "http://[fc00::1]/", "http://169.254.1.1/", "http://[fe80::1]/", "http://169.254.169.254/",
        "http://[fd00:ec2::254]/", "http://0.0.0.0/", "http://[::]/", "http://224.0.0.251/", "http://100.64.1.1/",
        "http://[::ffff:127.0.0.1]/", "http://[::ffff:192.168.0.1]/", "ftp://93.184.216.34/", "file:///etc/passwd", "not a url",
    ];

    [Theory]
    [MemberData(nameof(RefusedUrls))]
    public async Task Registration_refuses_inner_addresses_and_other_schemes_naming_the_url(string url)
    {
        var before = await fx.CountAsync<WebhookEndpoint>();

        var response = await fx.As(Roles.Admin).PostJsonAsync(Path, new { url });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ProblemFieldsAsync()).ShouldBe(["url"]);
        (await fx.CountAsync<WebhookEndpoint>()).ShouldBe(before);
    }

    [Fact]
    public async Task Registering_rotating_changing_and_removing_an_endpoint_are_recorded_as_the_admins_events()
    {
        var (_, admin) = await fx.NewAgentAsync("Hook Keeper", Roles.Admin);
        var url = $"http://{ApiFixture.WebhookReceiverAddress}:9/recorded";
        var issued = await (await admin.PostJsonAsync(Path, new { url })).ReadAsync<WebhookSecretIssued>();
        var id = issued.Endpoint.Id;
        (await admin.PostAsync($"{Path}/{id}/rotate-secret", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.PutJsonAsync($"{Path}/{id}", new { url, enabled = false })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.DeleteAsync($"{Path}/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var types = new[]
        {
            "webhook-endpoint.registered", "webhook-endpoint.secret-rotated", "webhook-endpoint.changed", "webhook-endpoint.removed",
        };
        foreach (var type in types)
        {
            var page = await (await fx.As(Roles.Admin).GetAsync($"/api/v1/events?type={type}&limit=500", Ct))
                .ReadAsync<Frontline.Events.EventLogPage>();
            var mine = page.Items.Where(e => e.Data.GetProperty("endpointId").GetInt64() == id).ToList();
            mine.ShouldHaveSingleItem($"one {type} for endpoint {id}").Actor.Name.ShouldBe("Hook Keeper");
        }
    }

    [Fact]
    public async Task Unknown_event_types_are_refused_each_by_its_place()
    {
        var response = await fx.As(Roles.Admin).PostJsonAsync(Path,
            new { url = $"http://{ApiFixture.WebhookReceiverAddress}:9/hooks", eventTypes = new[] { "case.opened", "no.such" } });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ProblemFieldsAsync()).ShouldBe(["eventTypes[1]"]);
    }

    [Fact]
    public async Task Only_admins_manage_endpoints()
    {
        var url = $"http://{ApiFixture.WebhookReceiverAddress}:9/hooks";

        foreach (var role in new[] { Roles.Agent, Roles.TeamLead, Roles.Manager })
        {
            (await fx.As(role).GetAsync(Path, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await fx.As(role).PostJsonAsync(Path, new { url })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }
    }

    [Fact]
    public async Task The_secret_is_shown_once_and_an_update_keeps_it()
    {
        var admin = fx.As(Roles.Admin);
        var url = $"http://{ApiFixture.WebhookReceiverAddress}:9/hooks";
        var created = await admin.PostJsonAsync(Path, new { url, eventTypes = new[] { "case.opened" }, description = "CRM" });
        var issued = await created.ReadAsync<WebhookSecretIssued>();

        var listed = await (await admin.GetAsync(Path, Ct)).Content.ReadAsStringAsync(Ct);
        var updated = await (await admin.PutJsonAsync($"{Path}/{issued.Endpoint.Id}",
            new { url, eventTypes = Array.Empty<string>(), description = "CRM, all events", enabled = false })).ReadAsync<WebhookEndpointView>();
        var deleted = await admin.DeleteAsync($"{Path}/{issued.Endpoint.Id}", Ct);

        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        issued.Secret.ShouldStartWith("whsec_");
        issued.Endpoint.EventTypes.ShouldBe(["case.opened"]);
        listed.ShouldNotContain(issued.Secret);
        listed.ShouldNotContain("whsec_");
        updated.EventTypes.ShouldBeEmpty();
        updated.Enabled.ShouldBeFalse();
        updated.Description.ShouldBe("CRM, all events");
        deleted.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await admin.GetAsync($"{Path}/{issued.Endpoint.Id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_retried_registration_with_the_same_Idempotency_Key_creates_one_endpoint_and_the_same_answer()
    {
        var admin = fx.As(Roles.Admin);
        var key = Guid.NewGuid().ToString("N");
        var body = new { url = $"http://{ApiFixture.WebhookReceiverAddress}:9/once", description = key };
        var before = await fx.CountAsync<WebhookEndpoint>();

        var first = await (await admin.PostJsonAsync(Path, body, key)).Content.ReadAsStringAsync(Ct);
        var second = await (await admin.PostJsonAsync(Path, body, key)).Content.ReadAsStringAsync(Ct);

        second.ShouldBe(first);
        (await fx.CountAsync<WebhookEndpoint>()).ShouldBe(before + 1);
        var id = System.Text.Json.JsonDocument.Parse(first).RootElement.GetProperty("endpoint").GetProperty("id").GetInt64();
        await admin.DeleteAsync($"{Path}/{id}", Ct);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class WebhookEndpointsOnSqlite(SqliteApi fx) : WebhookEndpointTests(fx);

[Collection(PostgresCollection.Name)]
public sealed class WebhookEndpointsOnPostgres(PostgresApi fx) : WebhookEndpointTests(fx);
