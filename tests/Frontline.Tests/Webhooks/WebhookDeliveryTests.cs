using System.Net;
using System.Text.Json;
using Frontline.Identity;
using Frontline.Notifications;
using Frontline.Tests.Infrastructure;
using Frontline.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Tests.Webhooks;

public abstract class WebhookDeliveryTests(ApiFixture fx)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<long> OpenCaseAsync()
    {
        var agent = fx.As(Roles.Agent);
        var customer = await Given.CustomerAsync(agent, "Webhook Customer", Given.UniqueEmail("webhook"));
        return (await Given.CaseAsync(agent, fx, customer.Id, "Webhook subject")).Id;
    }

    private async Task<WebhookMessageDetails> MessageAsync(Hook hook, string webhookId)
    {
        var admin = fx.As(Roles.Admin);
        var messages = await (await admin.GetAsync($"/api/v1/webhooks/endpoints/{hook.EndpointId}/messages", Ct))
            .ReadAsync<List<WebhookMessageView>>();
        var id = messages.Single(m => m.WebhookId == webhookId).Id;
        return await (await admin.GetAsync($"/api/v1/webhooks/messages/{id}", Ct)).ReadAsync<WebhookMessageDetails>();
    }

    [Fact]
    public async Task An_event_reaches_a_subscribed_endpoint_signed_by_its_secret()
    {
        await using var hook = await Hook.RegisterAsync(fx, ["case.opened"]);
        var caseId = await OpenCaseAsync();

        await Hook.UntilAsync(fx, () => hook.About(caseId).Count > 0);

        var got = hook.About(caseId).ShouldHaveSingleItem();
        got.Signature.ShouldBe(Hook.ExpectedSignature(hook.Secret, got));
        got.Id.ShouldEndWith($"_{hook.EndpointId}");
        long.Parse(got.Timestamp).ShouldBeInRange(DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 60, DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        var body = JsonDocument.Parse(got.Body).RootElement;
        body.GetProperty("type").GetString().ShouldBe("case.opened");
        body.GetProperty("data").GetProperty("subject").GetString().ShouldBe("Webhook subject");
        body.GetProperty("data").GetProperty("customerId").GetInt64().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task An_endpoint_hears_nothing_of_types_it_did_not_subscribe_to()
    {
        await using var hook = await Hook.RegisterAsync(fx, ["case.assigned"]);
        await using var all = await Hook.RegisterAsync(fx, null);
        var caseId = await OpenCaseAsync();

        await Hook.UntilAsync(fx, () => all.About(caseId).Count > 0);

        all.About(caseId).ShouldNotBeEmpty();
        hook.About(caseId).ShouldBeEmpty();
        await using var db = fx.OpenDb();
        (await db.Set<WebhookMessage>().CountAsync(m => m.EndpointId == hook.EndpointId, Ct)).ShouldBe(0);
    }

    [Fact]
    public async Task A_500_is_retried_with_the_same_webhook_id_and_every_attempt_is_kept()
    {
        await using var hook = await Hook.RegisterAsync(fx, ["case.opened"], n => n == 1 ? 500 : 200);
        var caseId = await OpenCaseAsync();

        await Hook.UntilAsync(fx, () => hook.About(caseId).Count >= 2);

        var got = hook.About(caseId);
        got.Select(r => r.Status).ShouldBe([500, 200]);
        got[1].Id.ShouldBe(got[0].Id);
        got[1].Signature.ShouldBe(Hook.ExpectedSignature(hook.Secret, got[1]));
        var details = await MessageAsync(hook, got[0].Id);
        details.Message.State.ShouldBe("Delivered");
        details.Attempts.Select(a => a.StatusCode).ShouldBe([500, 200]);
        details.Attempts[0].Response.ShouldBe("answered 500");
        details.Attempts.ShouldAllBe(a => a.DurationMs >= 0 && a.Error == null);
    }

    [Fact]
    public async Task A_410_Gone_disables_the_endpoint_with_the_reason()
    {
        await using var hook = await Hook.RegisterAsync(fx, ["case.opened"], _ => 410);
        var caseId = await OpenCaseAsync();

        await Hook.UntilAsync(fx, () => hook.About(caseId).Count > 0);
        await Hook.UntilAsync(fx, () => false, seconds: 2);

        hook.About(caseId).ShouldHaveSingleItem();
        var endpoint = await (await fx.As(Roles.Admin).GetAsync($"/api/v1/webhooks/endpoints/{hook.EndpointId}", Ct))
            .ReadAsync<WebhookEndpointView>();
        endpoint.Enabled.ShouldBeFalse();
        endpoint.DisabledReason!.ShouldContain("410 Gone");
    }

    [Fact]
    public async Task An_endpoint_failing_for_five_days_is_disabled_and_the_admins_are_told()
    {
        var (_, admin) = await fx.NewAgentAsync("Webhook Admin", Roles.Admin);
        var (_, agent) = await fx.NewAgentAsync("Webhook Bystander");
        await using var hook = await Hook.RegisterAsync(fx, ["case.opened"], _ => 503);
        await using (var db = fx.OpenDb())
        {
            await db.Set<WebhookEndpoint>().Where(e => e.Id == hook.EndpointId)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.FailingSince, DateTime.UtcNow.AddDays(-5).AddMinutes(-1)), Ct);
        }
        var caseId = await OpenCaseAsync();

        await Hook.UntilAsync(fx, () => hook.About(caseId).Count > 0);

        var endpoint = await (await fx.As(Roles.Admin).GetAsync($"/api/v1/webhooks/endpoints/{hook.EndpointId}", Ct))
            .ReadAsync<WebhookEndpointView>();
        endpoint.Enabled.ShouldBeFalse();
        endpoint.DisabledReason!.ShouldContain("every attempt failed since");
        await fx.EventsDeliveredAsync();
        var told = (await (await admin.GetAsync("/api/v1/me/notifications", Ct)).ReadAsync<NotificationList>()).Items
            .Where(n => n.Link == $"/admin/webhooks?endpoint={hook.EndpointId}").ToList();
        told.ShouldHaveSingleItem().Text.ShouldContain(hook.Receiver.Url.ToString());
        told[0].Text.ShouldContain("every attempt failed since");
        (await (await agent.GetAsync("/api/v1/me/notifications", Ct)).ReadAsync<NotificationList>()).Items
            .ShouldNotContain(n => n.Link.StartsWith("/admin/webhooks", StringComparison.Ordinal));
    }

    [Fact]
    public async Task After_a_rotation_both_secrets_sign_for_the_overlap()
    {
        await using var hook = await Hook.RegisterAsync(fx, ["case.opened"]);
        var rotated = await (await fx.As(Roles.Admin).PostJsonAsync($"/api/v1/webhooks/endpoints/{hook.EndpointId}/rotate-secret", new { }))
            .ReadAsync<WebhookSecretIssued>();
        var caseId = await OpenCaseAsync();

        await Hook.UntilAsync(fx, () => hook.About(caseId).Count > 0);

        rotated.Secret.ShouldNotBe(hook.Secret);
        rotated.Endpoint.PreviousSecretUntil.ShouldNotBeNull().ShouldBeGreaterThan(DateTime.UtcNow.AddHours(23));
        var got = hook.About(caseId).ShouldHaveSingleItem();
        got.Signature.Split(' ').ShouldBe([Hook.ExpectedSignature(rotated.Secret, got), Hook.ExpectedSignature(hook.Secret, got)]);
    }

    [Fact]
    public async Task An_admin_replays_a_delivered_message_as_one_more_attempt_with_the_same_id()
    {
        await using var hook = await Hook.RegisterAsync(fx, ["case.opened"]);
        var caseId = await OpenCaseAsync();
        await Hook.UntilAsync(fx, () => hook.About(caseId).Count > 0);
        var first = hook.About(caseId)[0];
        var message = await MessageAsync(hook, first.Id);

        var replay = await fx.As(Roles.Admin).PostJsonAsync($"/api/v1/webhooks/messages/{message.Message.Id}/replay", new { });
        var denied = await fx.As(Roles.Manager).PostJsonAsync($"/api/v1/webhooks/messages/{message.Message.Id}/replay", new { });
        await Hook.UntilAsync(fx, () => hook.About(caseId).Count >= 2);

        replay.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        denied.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        hook.About(caseId).Select(r => r.Id).ShouldBe([first.Id, first.Id]);
        var after = await MessageAsync(hook, first.Id);
        after.Attempts.Count.ShouldBe(2);
        after.Message.State.ShouldBe("Delivered");
    }

    [Fact]
    public async Task Delivery_refuses_a_host_that_resolves_to_a_refused_address_and_connects_to_nothing()
    {
        // a receiver on 127.0.0.1, which the tests do not allow: "localhost" names it
        await using var inside = await WebhookReceiver.StartAsync(address: "127.0.0.1");
        long[] ids;
        await using (var db = fx.OpenDb())
        {
            var now = DateTime.UtcNow;
            var endpoints = new[] { $"http://localhost:{inside.Url.Port}/hooks", "http://10.0.0.1/", "http://[fd00:ec2::254]/",
                "http://169.254.169.254/latest/meta-data", "http://[::ffff:127.0.0.1]:" + inside.Url.Port + "/", "http://100.64.0.1/" }
                .Select(url => new WebhookEndpoint
                {
                    Url = url, EventTypes = "case.opened", Secret = WebhookSignature.NewSecret(), CreatedAt = now, UpdatedAt = now,
                }).ToList();
            db.Set<WebhookEndpoint>().AddRange(endpoints);
            await db.SaveChangesAsync(Ct);
            ids = endpoints.Select(e => e.Id).ToArray();
        }
        try
        {
            await OpenCaseAsync();
            await Hook.UntilAsync(fx, () => false, seconds: 3);

            await using var check = fx.OpenDb();
            var errors = await check.Set<WebhookAttempt>()
                .Join(check.Set<WebhookMessage>().Where(m => ids.Contains(m.EndpointId)), a => a.MessageId, m => m.Id, (a, m) => new { m.EndpointId, a.Error, a.StatusCode })
                .ToListAsync(Ct);
            errors.Select(e => e.EndpointId).Distinct().Count().ShouldBe(ids.Length);
            errors.ShouldAllBe(e => e.StatusCode == null && e.Error!.StartsWith("Refused"));
            inside.Received.ShouldBeEmpty();
        }
        finally
        {
            await using var db = fx.OpenDb();
            await db.Set<WebhookEndpoint>().Where(e => ids.Contains(e.Id)).ExecuteDeleteAsync(Ct);
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class WebhookDeliveryOnSqlite(SqliteApi fx) : WebhookDeliveryTests(fx);

[Collection(PostgresCollection.Name)]
public sealed class WebhookDeliveryOnPostgres(PostgresApi fx) : WebhookDeliveryTests(fx);
