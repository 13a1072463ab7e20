using Microsoft.Extensions.DependencyInjection;
using System.Net;
using Frontline.Api;
using Frontline.Approvals;
using Frontline.Audit;
using Frontline.Gestures;
using Frontline.Guidelines;
using Frontline.Identity;
using Frontline.Tests.Gestures;
using Frontline.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Tests.Audit;

public abstract class AuditLogTests(ApiFixture fx)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<long> LastPositionAsync()
    {
        await using var db = fx.OpenDb();
        return await db.Events.MaxAsync(e => (long?)e.Position, Ct) ?? 0;
    }

    private async Task<List<AuditEntry>> LoggedAfterAsync(long position)
    {
        await fx.EventsDeliveredAsync();
        await using var db = fx.OpenDb();
        return await db.AuditLog.Where(a => a.EventPosition > position).OrderBy(a => a.Id).ToListAsync(Ct);
    }

    [Fact]
    public async Task A_write_is_logged_with_who_from_where_what_when_and_how_it_ended()
    {
        var agent = fx.As(Roles.Agent);
        var customer = await Given.CustomerAsync(agent, "Audited Customer", Given.UniqueEmail());
        var before = DateTime.UtcNow.AddSeconds(-1);

        var opened = await Given.CaseAsync(agent, fx, customer.Id, "Audited subject");

        await fx.EventsDeliveredAsync();
        var page = await (await fx.As(Roles.Admin).GetAsync($"/api/v1/audit?caseId={opened.Id}&type=case.opened", Ct))
            .ReadAsync<Page<AuditEntryView>>();
        var row = page.Items.ShouldHaveSingleItem();
        row.Type.ShouldBe("case.opened");
        row.What.ShouldBe("case.opened");
        row.Outcome.ShouldBe(AuditOutcome.Done);
        row.Actor.AgentId.ShouldBe(fx.AgentId(Roles.Agent));
        row.Actor.ApiKeyId.ShouldNotBeNull();
        row.Actor.Name.ShouldNotBeNullOrWhiteSpace();
        row.Actor.Address.ShouldBe("127.0.0.1");
        row.CustomerId.ShouldBe(customer.Id);
        row.OccurredAt.ShouldBeInRange(before, DateTime.UtcNow.AddSeconds(1));
    }

    [Fact]
    public async Task A_403_and_a_401_on_the_api_and_a_refused_page_are_logged()
    {
        var last = await LastPositionAsync();

        var forbidden = await fx.As(Roles.Agent).GetAsync("/api/v1/audit", Ct);
        var badKey = fx.Anonymous();
        badKey.DefaultRequestHeaders.Add(ApiKey.Header, "fl_not_a_key");
        var unauthenticated = await badKey.GetAsync("/api/v1/customers", Ct);
        var page = await new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = fx.BaseAddress }
            .GetAsync("/admin/audit", Ct);

        forbidden.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        unauthenticated.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var rows = await LoggedAfterAsync(last);
        var refused = rows.Where(r => r.What == "GET /api/v1/audit" && r.ActorAgentId == fx.AgentId(Roles.Agent)).ShouldHaveSingleItem();
        (refused.Type, refused.Outcome, refused.Status, refused.Reason).ShouldBe(
            (AccessDenied.Type, AuditOutcome.Denied, 403, "Needs the role Admin."));
        refused.ActorApiKeyId.ShouldNotBeNull();
        refused.ActorAddress.ShouldBe("127.0.0.1");
        var stranger = rows.Where(r => r.What.StartsWith("GET /api/v1/customers") && r.Status == 401).ShouldHaveSingleItem();
        (stranger.Outcome, stranger.ActorName, stranger.Reason).ShouldBe(
            (AuditOutcome.Unauthenticated, "anonymous", "The API key was not accepted."));
        rows.ShouldContain(r => r.What == "GET /admin/audit" && r.Outcome == AuditOutcome.Unauthenticated);
    }

    [Fact]
    public async Task Non_admins_neither_read_nor_export_the_log_and_their_attempts_are_logged()
    {
        var last = await LastPositionAsync();

        var list = await fx.As(Roles.Manager).GetAsync("/api/v1/audit", Ct);
        var csv = await fx.As(Roles.TeamLead).GetAsync("/api/v1/audit.csv", Ct);

        list.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        csv.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var rows = await LoggedAfterAsync(last);
        rows.ShouldContain(r => r.What == "GET /api/v1/audit" && r.ActorAgentId == fx.AgentId(Roles.Manager));
        rows.ShouldContain(r => r.What == "GET /api/v1/audit.csv" && r.ActorAgentId == fx.AgentId(Roles.TeamLead));
    }

    [Fact]
    public async Task A_lead_deciding_their_own_request_is_logged_once_from_the_api_and_from_the_inbox()
    {
        var waivers = new GuidelineContent([], "Charge the fee.", [new("fee-waiver", 100, null)], ["Offer a travel credit"], Roles.TeamLead);
        var world = await (await new GestureScenario(fx).CategoryAsync("Audited own")).GuidelineAsync(waivers);
        await world.GrantAsync(new
        {
            holderKind = "Role", holderRole = "TeamLead", gesture = "fee-waiver", categoryIds = new[] { world.CategoryId },
            maxPerGesture = 100, currency = "EUR", budgetAmount = 100, budgetPeriod = "Week"
        });
        var (leadId, lead) = await fx.NewAgentAsync("Audited Lead", Roles.TeamLead, world.TeamId);
        // the lead spends their own week's budget first, so their next waiver needs a lead's approval
        var spent = await world.CaseAsync(lead, await Given.CustomerAsync(lead), "Fees");
        (await lead.PostJsonAsync($"/api/v1/cases/{spent.Id}/gestures", new { gesture = "fee-waiver", amount = 100, reason = "r" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        var @case = await world.CaseAsync(lead, await Given.CustomerAsync(lead), "Fees again");
        var asked = await (await lead.PostJsonAsync($"/api/v1/cases/{@case.Id}/gestures", new { gesture = "fee-waiver", amount = 60, reason = "r" }))
            .ReadAsync<GrantResult>();
        var last = await LastPositionAsync();

        var byApi = await lead.PostJsonAsync($"/api/v1/approvals/{asked.Approval!.Id}/decision", new { decision = "Approve" });
        await using (var db = fx.OpenDb())
        {
            var byInbox = await DecideApproval.DecideAsync(db, asked.Approval.Id, new DecisionInput(Decision.Approve, null, null, null),
                new Actor(leadId, null, "Audited Lead", Roles.TeamLead), fx.Services.GetRequiredService<Frontline.Channels.Email.MailOptions>(),
                DateTime.UtcNow, Ct);
            byInbox.Denied.ShouldNotBeNull();
        }

        byApi.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var rows = (await LoggedAfterAsync(last)).Where(r => r.Type == AccessDenied.Type && r.ActorAgentId == leadId).ToList();
        rows.Count.ShouldBe(2);
        rows.ShouldAllBe(r => r.What == "approval.decide" && r.CaseId == @case.Id && r.Outcome == AuditOutcome.Denied
            && r.Reason!.StartsWith("Nobody decides a request they raised"));
    }

    [Fact]
    public async Task Bad_filters_are_named()
    {
        var bad = await fx.As(Roles.Admin).GetAsync(
            "/api/v1/audit?type=no.such&outcome=Maybe&from=2026-01-01T00:00:00&caseId=0&pageSize=0", Ct);
        var csv = await fx.As(Roles.Admin).GetAsync("/api/v1/audit.csv?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z", Ct);

        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.ProblemFieldsAsync()).ShouldBe(["type", "outcome", "from", "caseId", "pageSize"], ignoreOrder: true);
        (await csv.ProblemFieldsAsync()).ShouldBe(["from"]);
    }

    [Fact]
    public async Task The_csv_export_keeps_formulas_from_running_in_a_spreadsheet()
    {
        var name = $"=Formula {Guid.NewGuid():N}"[..20];
        // the sign-in address is plain; only the name a spreadsheet would show starts like a formula
        var email = $"formula.{Guid.NewGuid():N}@frontline.test";
        (await fx.As(Roles.Admin).PostJsonAsync("/api/v1/agents", new { email, displayName = name, password = ApiFixture.Password, role = Roles.Agent }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        var person = await fx.SignInAsync(email);
        (await person.GetAsync("/api/v1/audit", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await fx.EventsDeliveredAsync();

        var csv = await fx.As(Roles.Admin).GetAsync($"/api/v1/audit.csv?who={Uri.EscapeDataString(name[1..])}&outcome=Denied", Ct);

        csv.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var lines = (await csv.Content.ReadAsStringAsync(Ct)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldStartWith("id,event_position,occurred_at,type,what,outcome");
        var row = lines.Skip(1).ShouldHaveSingleItem();
        row.ShouldContain($",\"'{name}\",");
        row.ShouldContain(",GET /api/v1/audit,Denied,403,");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AuditLogOnSqlite(SqliteApi fx) : AuditLogTests(fx);

[Collection(PostgresCollection.Name)]
public sealed class AuditLogOnPostgres(PostgresApi fx) : AuditLogTests(fx);
