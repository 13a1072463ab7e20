using System.Net;
using Frontline.Data;
using Frontline.Identity;
using Frontline.Queues;
using Frontline.Tests.Infrastructure;
using Frontline.Touchpoints;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Tests.Api;

/// <summary>Malformed values (NaN, U+0000, past a column, null in a list, unknown enum numbers): a 400 naming the
/// field, nothing written, and nothing poisoned for the requests that follow — the same on both databases.</summary>
public abstract class BadInputTests(ApiFixture fx)
{
    private readonly HttpClient _agent = fx.As(Roles.Agent);
    private readonly HttpClient _manager = fx.As(Roles.Manager);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task ShouldNameAsync(HttpResponseMessage response, params string[] fields)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync(Ct));
        (await response.ProblemFieldsAsync()).ShouldBe(fields, ignoreOrder: true);
    }

    [Fact]
    public async Task Nan_as_an_sla_target_is_named_and_the_targets_still_read()
    {
        var category = await _manager.PostJsonAsync("/api/v1/categories", new { name = $"NaN {Guid.NewGuid():N}"[..20] });
        var categoryId = (await category.ReadAsync<Frontline.Cases.CategoryView>()).Id;

        var nan = await _manager.PutJsonAsync("/api/v1/sla/targets",
            new { categoryId, priority = "High", firstResponseHours = "NaN", resolutionHours = 8 });
        var infinite = await _manager.PutJsonAsync("/api/v1/sla/targets",
            new { categoryId, priority = "High", firstResponseHours = 2, resolutionHours = "-Infinity" });

        await ShouldNameAsync(nan, "firstResponseHours");
        await ShouldNameAsync(infinite, "resolutionHours");
        var targets = await _manager.GetAsync("/api/v1/sla/targets", Ct);
        targets.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await targets.ReadAsync<List<SlaTargetView>>()).ShouldNotContain(t => t.CategoryId == categoryId);
    }

    [Fact]
    public async Task Nan_as_an_update_plans_interval_is_named_and_no_plan_is_set()
    {
        var customer = await Given.CustomerAsync(_agent);
        var @case = await Given.CaseAsync(_agent, fx, customer.Id);

        var response = await _agent.PutJsonAsync($"/api/v1/cases/{@case.Id}/updates", new { everyHours = "NaN", quietHours = false });

        await ShouldNameAsync(response, "everyHours");
        (await _agent.GetAsync($"/api/v1/cases/{@case.Id}/updates", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_nul_character_is_named_in_any_text_field_and_nothing_is_written()
    {
        var customer = await Given.CustomerAsync(_agent);
        var customers = await fx.CountAsync<Frontline.Customers.Customer>();
        var touchpoints = await fx.CountAsync<Touchpoint>();

        var newCustomer = await _agent.PostJsonAsync("/api/v1/customers", new { name = "Nul\u0000Person", emails = new[] { Given.UniqueEmail() } });
        var newCase = await _agent.PostJsonAsync("/api/v1/cases", new
        {
            customerId = customer.Id, categoryId = await fx.IdOfCategoryAsync("Delivery"), subject = "Late\u0000", channel = "Phone",
        });
        var note = await _agent.PostJsonAsync($"/api/v1/customers/{customer.Id}/touchpoints",
            new { channel = "Phone", direction = "Internal", body = "Called\u0000back" });
        var inbound = await _agent.PostJsonAsync("/api/v1/touchpoints/inbound",
            new { email = Given.UniqueEmail(), name = "Bell\u0007", channel = "Sms", body = "Hello" });
        var chat = await fx.Anonymous().PostJsonAsync("/chat/sessions", new
        {
            name = "Visitor", email = Given.UniqueEmail("chat"), categoryId = await fx.IdOfCategoryAsync("Delivery"), message = "Hi\u0000",
        });

        await ShouldNameAsync(newCustomer, "name");
        await ShouldNameAsync(newCase, "subject");
        await ShouldNameAsync(note, "body");
        await ShouldNameAsync(inbound, "name");
        await ShouldNameAsync(chat, "message");
        (await fx.CountAsync<Frontline.Customers.Customer>()).ShouldBe(customers);
        (await fx.CountAsync<Touchpoint>()).ShouldBe(touchpoints);
    }

    [Fact]
    public async Task Tabs_and_line_breaks_are_text_and_kept()
    {
        var customer = await Given.CustomerAsync(_agent);

        var note = await _agent.PostJsonAsync($"/api/v1/customers/{customer.Id}/touchpoints",
            new { channel = "Phone", direction = "Internal", body = "Line one\r\n\tLine two" });

        note.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await note.ReadAsync<TimelineEntry>()).Body.ShouldBe("Line one\r\n\tLine two");
    }

    [Fact]
    public async Task A_text_past_its_column_is_refused_on_every_database_and_not_written()
    {
        await using var db = fx.OpenDb();
        db.Teams.Add(new Team { Name = new string('t', 101), TimeZone = "UTC" });

        var refused = await Should.ThrowAsync<TooLongException>(() => db.SaveChangesAsync(Ct));

        refused.Field.ShouldBe("name");
        refused.MaxLength.ShouldBe(100);
        await using var check = fx.OpenDb();
        (await check.Teams.CountAsync(t => t.Name.Length > 100, Ct)).ShouldBe(0);
    }

    [Fact]
    public async Task An_over_long_name_or_file_name_is_named()
    {
        var customer = await Given.CustomerAsync(_agent);
        var @case = await Given.CaseAsync(_agent, fx, customer.Id);

        var name = await _agent.PostJsonAsync("/api/v1/customers", new { name = new string('n', 201), emails = new[] { Given.UniqueEmail() } });
        var file = await _agent.PostJsonAsync($"/api/v1/cases/{@case.Id}/email-replies", new
        {
            body = "The form is attached.",
            attachments = new[] { new { fileName = new string('f', 300) + ".pdf", contentType = "application/pdf", content = new byte[16] } },
        });

        await ShouldNameAsync(name, "name");
        await ShouldNameAsync(file, "attachments[0].fileName");
    }

    [Fact]
    public async Task A_null_among_a_calendars_holidays_is_named()
    {
        var team = await _manager.PostJsonAsync("/api/v1/teams", new { name = $"Hol {Guid.NewGuid():N}"[..20], timeZone = "UTC" });
        var teamId = (await team.ReadAsync<TeamView>()).Id;

        var response = await _manager.PutJsonAsync($"/api/v1/teams/{teamId}/calendar", new
        {
            timeZone = "UTC", opens = "09:00", closes = "17:00", workingDays = new[] { 1, 2, 3 },
            holidays = new object?[] { new { date = "2030-01-01", name = "New Year" }, null },
        });

        await ShouldNameAsync(response, "holidays[1]");
    }

    [Fact]
    public async Task A_call_direction_outside_its_values_is_named_and_no_call_is_written()
    {
        var touchpoints = await fx.CountAsync<Touchpoint>();

        var response = await _agent.PostJsonAsync("/api/v1/telephony/events",
            new { @event = "Started", callId = $"call-{Guid.NewGuid():N}", from = "+14155550123", to = "+14155550100", direction = 99 });

        await ShouldNameAsync(response, "direction");
        (await fx.CountAsync<Touchpoint>()).ShouldBe(touchpoints);
    }
}

[Collection(SqliteCollection.Name)] public sealed class BadInputOnSqlite(SqliteApi fx) : BadInputTests(fx);
[Collection(PostgresCollection.Name)] public sealed class BadInputOnPostgres(PostgresApi fx) : BadInputTests(fx);
