using System.Net;
using System.Text.Json;
using Frontline.Gestures;
using Frontline.Guidelines;
using Frontline.Identity;
using Frontline.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Tests.Gestures;

/// <summary>Gestures given by accident: twice the same on one case, or any on a case already closed.</summary>
public abstract class GestureRepeatTests(ApiFixture fx)
{
    private readonly HttpClient _agent = fx.As(Roles.Agent);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<Frontline.Cases.CaseView> CaseAsync(string customer)
    {
        var world = await (await new GestureScenario(fx).CategoryAsync("Repeat gestures")).GuidelineAsync(new GuidelineContent(
            [], "Charge the fee.", [new("fee-waiver", 20, null)], ["Offer a travel credit"], Roles.TeamLead));
        await world.GrantAsync(new
        {
            holderKind = "Role", holderRole = "Agent", gesture = "fee-waiver",
            categoryIds = new[] { world.CategoryId }, maxPerGesture = 50, currency = "EUR"
        });
        return await world.CaseAsync(_agent, await Given.CustomerAsync(_agent, customer), "Change fee");
    }

    private Task<HttpResponseMessage> GrantAsync(long caseId, object body) =>
        _agent.PostJsonAsync($"/api/v1/cases/{caseId}/gestures", body);

    private async Task<int> LedgerLinesAsync(long caseId)
    {
        await using var db = fx.OpenDb();
        return await db.Gestures.CountAsync(g => g.CaseId == caseId, Ct);
    }

    [Fact]
    public async Task The_same_gesture_twice_on_a_case_needs_a_reason_to_grant_it_again()
    {
        var @case = await CaseAsync("Rhea Repeat");

        var first = await GrantAsync(@case.Id, new { gesture = "fee-waiver", amount = 20, reason = "Colleague paid none." });
        var repeat = await GrantAsync(@case.Id, new { gesture = "fee-waiver", amount = 20, reason = "Colleague paid none." });
        var other = await GrantAsync(@case.Id, new { gesture = "credit", amount = 5, reason = "Waited long." });
        var again = await GrantAsync(@case.Id, new
        {
            gesture = "fee-waiver", amount = 15, reason = "Second booking.", grantAgainReason = "A second booking changed too.",
        });

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        repeat.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await repeat.ProblemFieldsAsync()).ShouldBe(["grantAgainReason"]);
        var problem = JsonDocument.Parse(await repeat.Content.ReadAsStringAsync()).RootElement;
        var said = problem.GetProperty("errors").GetProperty("grantAgainReason")[0].GetString();
        var grantedBy = (await first.ReadAsync<GrantResult>()).Granted!.GrantedBy;
        said.ShouldBe($"A fee waiver of {new Money(20, "EUR")} was already granted on this case on "
            + $"{DateTime.UtcNow:yyyy-MM-dd} by {grantedBy}: say why it is granted again.");
        other.StatusCode.ShouldNotBe(HttpStatusCode.BadRequest, "another kind is no repeat");
        again.StatusCode.ShouldBe(HttpStatusCode.Created, await again.Content.ReadAsStringAsync());
        (await again.ReadAsync<GrantResult>()).Granted!.Reason.ShouldBe("Second booking. (granted again: A second booking changed too.)");
    }

    [Fact]
    public async Task No_gesture_is_given_on_a_closed_case()
    {
        var @case = await CaseAsync("Clara Closed");
        (await _agent.PutJsonAsync($"/api/v1/cases/{@case.Id}/status", new { status = "Closed" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var refused = await GrantAsync(@case.Id, new { gesture = "fee-waiver", amount = 20, reason = "Late goodwill." });

        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await refused.Content.ReadAsStringAsync()).ShouldContain(GestureRepeats.ClosedCase);
        (await LedgerLinesAsync(@case.Id)).ShouldBe(0);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class GestureRepeatOnSqlite(SqliteApi fx) : GestureRepeatTests(fx);

[Collection(PostgresCollection.Name)]
public sealed class GestureRepeatOnPostgres(PostgresApi fx) : GestureRepeatTests(fx);
