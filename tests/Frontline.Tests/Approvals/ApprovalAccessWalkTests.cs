using System.Net;
using Frontline.Approvals;
using Frontline.Gestures;
using Frontline.Guidelines;
using Frontline.Identity;
using Frontline.Tests.Gestures;
using Frontline.Tests.Infrastructure;

namespace Frontline.Tests.Approvals;

/// <summary>
/// Every approval endpoint (evaluate, grant, list, get, decide) walked by each kind of caller — a person, a key acting
/// for a person, a service account's key — as the one asking and as the one deciding.
/// </summary>
public abstract class ApprovalAccessWalkTests(ApiFixture fx)
{
    private sealed record Caller(string Kind, HttpClient Client);

    /// <summary>A person of the team, a key acting for another person of it, and a service account of it.</summary>
    private async Task<Caller[]> KindsAsync(long teamId, string role)
    {
        var (_, person) = await fx.NewAgentAsync($"Walk {role}", role, teamId);
        var (keyPerson, _) = await fx.NewAgentAsync($"Keyed {role}", role, teamId);
        var (_, personKey) = await fx.KeyAsync(role, actsForAgentId: keyPerson);
        var (_, serviceKey) = await fx.ServiceAccountKeyAsync(teamId, role);
        return [new("person", person), new("key for a person", personKey), new("service account key", serviceKey)];
    }

    [Fact]
    public async Task Each_kind_of_caller_asks_and_decides_by_the_same_rules()
    {
        var world = await (await new GestureScenario(fx).CategoryAsync("Access walk")).GuidelineAsync(new GuidelineContent(
            [], "Charge the fee.", [new("fee-waiver", 100, null)], ["Offer a travel credit"], Roles.TeamLead));
        await world.GrantAsync(new
        {
            holderKind = "Role", holderRole = "TeamLead", gesture = "fee-waiver", categoryIds = new[] { world.CategoryId },
            maxPerGesture = 100, currency = "EUR"
        });
        var elsewhere = await new GestureScenario(fx).CategoryAsync("Elsewhere");
        var askers = await KindsAsync(world.TeamId, Roles.Agent);
        var approvers = await KindsAsync(world.TeamId, Roles.TeamLead);
        var strangers = await KindsAsync(elsewhere.TeamId, Roles.TeamLead);
        var seen = new List<string>();

        foreach (var asker in askers)
            foreach (var (approver, stranger) in approvers.Zip(strangers))
            {
                var who = $"{asker.Kind} asking, {approver.Kind} deciding";
                var @case = await world.CaseAsync(asker.Client, await Given.CustomerAsync(asker.Client), "Fees");
                var evaluate = await asker.Client.PostJsonAsync($"/api/v1/cases/{@case.Id}/gestures/evaluate", new { gesture = "fee-waiver", amount = 60 });
                var grant = await asker.Client.PostJsonAsync($"/api/v1/cases/{@case.Id}/gestures", new { gesture = "fee-waiver", amount = 60, reason = "r" });
                var id = (await grant.ReadAsync<GrantResult>()).Approval!.Id;
                var url = $"/api/v1/approvals/{id}";
                var listed = $"\"id\":{id},";

                seen.Add($"{who}: evaluate {(int)evaluate.StatusCode} {(await evaluate.ReadAsync<Evaluation>()).Verdict}, grant {(int)grant.StatusCode}");
                seen.Add($"{who}: asker lists {(await Inbox(asker.Client)).Contains(listed)}, gets {(int)(await asker.Client.GetAsync(url)).StatusCode}, "
                    + $"decides {(int)(await asker.Client.PostJsonAsync($"{url}/decision", new { decision = "Approve" })).StatusCode}");
                seen.Add($"{who}: stranger lists {(await Inbox(stranger.Client)).Contains(listed)}, gets {(int)(await stranger.Client.GetAsync(url)).StatusCode}, "
                    + $"decides {(int)(await stranger.Client.PostJsonAsync($"{url}/decision", new { decision = "Approve" })).StatusCode}");
                seen.Add($"{who}: approver lists {(await Inbox(approver.Client)).Contains(listed)}, gets {(int)(await approver.Client.GetAsync(url)).StatusCode}, "
                    + $"decides {(int)(await approver.Client.PostJsonAsync($"{url}/decision", new { decision = "Approve" })).StatusCode}");
            }

        var expected = askers.SelectMany(a => approvers.SelectMany(p => new[]
        {
            $"{a.Kind} asking, {p.Kind} deciding: evaluate 200 NeedsApproval, grant 202",
            $"{a.Kind} asking, {p.Kind} deciding: asker lists False, gets 403, decides 403",
            $"{a.Kind} asking, {p.Kind} deciding: stranger lists False, gets 403, decides 403",
            $"{a.Kind} asking, {p.Kind} deciding: approver lists True, gets 200, decides 200",
        }));
        seen.ShouldBe(expected);
    }

    private static async Task<string> Inbox(HttpClient client) =>
        await (await client.GetAsync("/api/v1/approvals?status=Pending&pageSize=200")).Content.ReadAsStringAsync();
}

[Collection(SqliteCollection.Name)]
public sealed class ApprovalAccessWalkOnSqlite(SqliteApi fx) : ApprovalAccessWalkTests(fx);

[Collection(PostgresCollection.Name)]
public sealed class ApprovalAccessWalkOnPostgres(PostgresApi fx) : ApprovalAccessWalkTests(fx);
