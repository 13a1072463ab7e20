using Frontline.Authority;
using Frontline.Guidelines;

namespace Frontline.Demo;

/// <summary>
/// Writes the gestures of a seeded case into the ledger as granting would have: by an agent under their own grant,
/// their team's or their role's, or by an integration's API key (as busy as one more agent) under the role's; within the grant's limit, in the
/// guideline's version of the case's category. Its own random numbers, so customers and touchpoints stay as they were.
/// </summary>
internal sealed class BulkSeedLedger
{
    private const int WindowDays = 180;
    private const string Integration = "Self-service assistant (API key)";
    private static readonly string[] Reasons =
    [
        "Long-standing customer, first complaint.", "Our mistake: delivered late.", "Goodwill after a repeated contact.",
        "Fault within days of the warranty's end.", "Booking changed because of our schedule change.", "Keeps the customer's trip on track.",
    ];

    private readonly (long Id, string Name, long? TeamId)[] agents;
    private readonly Dictionary<string, (long Id, decimal Max)> roleGrants;
    private readonly Dictionary<(long, string), (long Id, decimal Max)> teamGrants, agentGrants;
    private readonly Dictionary<long, (long Id, int Version, string[] Gestures)> guidelines;
    private readonly string[] kinds;
    private readonly Random random;
    private readonly DateTime until;

    private BulkSeedLedger((long, string, long?)[] agents, Dictionary<string, (long, decimal)> roleGrants,
        Dictionary<(long, string), (long, decimal)> teamGrants, Dictionary<(long, string), (long, decimal)> agentGrants,
        Dictionary<long, (long, int, string[])> guidelines, int seed, DateTime until)
    {
        random = new Random(unchecked(seed * 7919 + 4001));
        this.until = until;
        this.agents = agents;
        this.roleGrants = roleGrants;
        this.teamGrants = teamGrants;
        this.agentGrants = agentGrants;
        this.guidelines = guidelines;
        kinds = [.. roleGrants.Keys.Order(StringComparer.Ordinal)];
    }

    public static async Task<BulkSeedLedger> LoadAsync(FrontlineDb db, string agentDomain, BulkSeedPlan plan, CancellationToken ct)
    {
        var agents = await db.Users.Where(u => u.Email!.EndsWith(agentDomain)).OrderBy(u => u.Id)
            .Select(u => new { u.Id, u.DisplayName, Team = db.TeamMembers.Where(m => m.AgentId == u.Id).Min(m => (long?)m.TeamId) })
            .ToListAsync(ct);
        var grants = await db.AuthorityGrants.AsNoTracking().Where(g => g.CreatedBy == BulkSeedAuthority.Marker && g.RevokedAt == null)
            .OrderBy(g => g.Id).ToListAsync(ct);
        var versions = await db.Guidelines.AsNoTracking().Where(g => g.IsActive).OrderBy(g => g.Id)
            .Select(g => new { g.Id, g.CategoryId, g.CurrentVersion, Content = g.Versions.Where(v => v.Version == g.CurrentVersion).Select(v => v.Content).First() })
            .ToListAsync(ct);
        return new BulkSeedLedger(
            [.. agents.Select(a => (a.Id, a.DisplayName, a.Team))],
            grants.Where(g => g.HolderKind == HolderKind.Role && g.HolderRole == Identity.Roles.Agent)
                .ToDictionary(g => g.Gesture, g => (g.Id, g.MaxPerGesture)),
            grants.Where(g => g.HolderKind == HolderKind.Team).ToDictionary(g => (g.HolderTeamId!.Value, g.Gesture), g => (g.Id, g.MaxPerGesture)),
            grants.Where(g => g.HolderKind == HolderKind.Agent).ToDictionary(g => (g.HolderAgentId!.Value, g.Gesture), g => (g.Id, g.MaxPerGesture)),
            versions.GroupBy(v => v.CategoryId).ToDictionary(g => g.Key, g => (g.First().Id, g.First().CurrentVersion,
                new GuidelineVersion { Content = g.First().Content }.Read().Gestures.Select(x => x.Gesture).ToArray())),
            plan.Seed, plan.Until);
    }

    public void Gestures(BulkSeedBatch batch, CaseRow c, int count, Func<long> nextId)
    {
        var guideline = guidelines.TryGetValue(c.CategoryId, out var g) ? g : ((long, int, string[])?)null;
        var offered = guideline?.Item3 is { Length: > 0 } o ? o : kinds;
        var earliest = c.OpenedAt > until.AddDays(-WindowDays) ? c.OpenedAt : until.AddDays(-WindowDays);
        var window = Math.Max((int)(until - earliest).TotalSeconds, 60);
        for (var i = 0; i < count; i++)
        {
            var kind = offered[random.Next(offered.Length)];
            if (!roleGrants.TryGetValue(kind, out var grant)) continue;
            // the integration grants as much as one more agent would, under the role's grant
            var who = random.Next(agents.Length + 1);
            (long Id, string Name, long? TeamId)? agent = who < agents.Length ? agents[who] : null;
            var team = agent?.TeamId;
            if (agent is { } a && agentGrants.TryGetValue((a.Id, kind), out var own) && random.Next(2) == 0) grant = own;
            else if (team is { } t && teamGrants.TryGetValue((t, kind), out var shared) && random.Next(10) == 0) grant = shared;
            var amount = random.Next(500, (int)(grant.Max * 100) + 1) / 100m;
            batch.Gestures.Add(new GestureRow(nextId(), c.Id, c.CustomerId, c.CategoryId, kind, amount, "EUR", Reasons[random.Next(Reasons.Length)],
                guideline?.Item1, guideline?.Item2, grant.Id, agent?.Id, agent?.Name ?? Integration, team,
                until.AddSeconds(-window + random.Next(window))));
        }
    }
}
