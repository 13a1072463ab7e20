using Frontline.Authority;
using Frontline.Guidelines;
using Frontline.Identity;
using Microsoft.AspNetCore.Identity;

namespace Frontline.Demo;

/// <summary>
/// The world a seeded gesture ledger is written against: agents in the teams, a sandbox of grants for the Agent role,
/// the teams, a few agents, team leads and managers, and one guideline per category. Made once, found again on the next seed.
/// </summary>
internal static class BulkSeedAuthority
{
    public const string Marker = "bulk seed";
    private const string AgentDomain = "@agents.example.org";

    // (gesture, limit each for an agent, budget period of the Agent role's grant)
    private static readonly (string Gesture, decimal Max, BudgetPeriod Period)[] Kinds =
    [
        ("fee-waiver", 50, BudgetPeriod.Week), ("refund", 100, BudgetPeriod.Month), ("credit", 50, BudgetPeriod.Month),
        ("free-replacement", 150, BudgetPeriod.Month), ("upgrade", 200, BudgetPeriod.Week), ("service-add-on", 80, BudgetPeriod.Month),
        ("expedite", 30, BudgetPeriod.Week),
    ];

    public static async Task<BulkSeedLedger> EnsureAsync(FrontlineDb db, BulkSeedPlan plan, long[] categoryIds, DateTime now, CancellationToken ct)
    {
        var teams = await db.Teams.OrderBy(t => t.Id).Select(t => t.Id).Take(ReferenceData.TeamRows.Length).ToArrayAsync(ct);
        // about one agent per 500 customers: some five gestures a day each, which the budgets below allow
        await AgentsAsync(db, Math.Clamp(plan.Customers / 500, 3, 2_000), teams, now, ct);
        if (!await db.AuthorityGrants.AnyAsync(g => g.CreatedBy == Marker, ct))
        {
            db.AuthorityGrants.AddRange(Grants(categoryIds, teams, await AgentIdsAsync(db, ct), now));
            await db.SaveChangesAsync(ct);
        }
        var withGuideline = await db.Guidelines.Where(g => g.IsActive).Select(g => g.CategoryId).ToListAsync(ct);
        foreach (var (categoryId, i) in categoryIds.Select((c, i) => (c, i)).Where(c => !withGuideline.Contains(c.c)))
            db.Guidelines.Add(Guideline(categoryId, i, now));
        await db.SaveChangesAsync(ct);
        return await BulkSeedLedger.LoadAsync(db, AgentDomain, plan, ct);
    }

    private static async Task AgentsAsync(FrontlineDb db, int count, long[] teams, DateTime now, CancellationToken ct)
    {
        var existing = await db.Users.CountAsync(u => u.Email!.EndsWith(AgentDomain), ct);
        if (existing >= count) return;
        var role = await db.Roles.FirstOrDefaultAsync(r => r.Name == Roles.Agent, ct);
        if (role is null) db.Roles.Add(role = new IdentityRole<long>(Roles.Agent) { NormalizedName = Roles.Agent.ToUpperInvariant() });
        var faker = new Bogus.Faker("en") { Random = new Bogus.Randomizer(count) };
        var names = Enumerable.Range(0, count).Select(_ => faker.Name.FullName()).ToArray();
        var agents = Enumerable.Range(existing + 1, count - existing).Select(n =>
        {
            var email = $"agent-{n:D4}{AgentDomain}";
            return new Agent
            {
                UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
                EmailConfirmed = true, DisplayName = names[n - 1], SecurityStamp = $"{n:D32}", CreatedAt = now,
            };
        }).ToList();
        db.Users.AddRange(agents);
        await db.SaveChangesAsync(ct);
        foreach (var (agent, i) in agents.Select((a, i) => (a, existing + i)))
        {
            db.UserRoles.Add(new IdentityUserRole<long> { UserId = agent.Id, RoleId = role.Id });
            if (teams.Length > 0) db.TeamMembers.Add(new TeamMember { AgentId = agent.Id, TeamId = teams[i % teams.Length] });
        }
        await db.SaveChangesAsync(ct);
    }

    private static Task<List<long>> AgentIdsAsync(FrontlineDb db, CancellationToken ct) =>
        db.Users.Where(u => u.Email!.EndsWith(AgentDomain)).OrderBy(u => u.Id).Select(u => u.Id).ToListAsync(ct);

    // every grant is limited to the seeded categories, so grants made by hand for other categories never meet these
    private static IEnumerable<AuthorityGrant> Grants(long[] categoryIds, long[] teams, List<long> agents, DateTime now)
    {
        AuthorityGrant Grant(HolderKind holder, string gesture, decimal max, decimal? budget, BudgetPeriod? period, BudgetScope? scope) => new()
        {
            HolderKind = holder, Gesture = gesture, CategoryIds = [.. categoryIds], MaxPerGesture = max, Currency = "EUR", BudgetAmount = budget,
            BudgetPeriod = budget is null ? null : period, BudgetScope = budget is null ? null : scope, CreatedAt = now, CreatedBy = Marker,
        };
        foreach (var (gesture, max, period) in Kinds)
        {
            var budget = max * (period == BudgetPeriod.Week ? 10 : 30);
            var agent = Grant(HolderKind.Role, gesture, max, budget, period, BudgetScope.PerAgent);
            agent.HolderRole = Roles.Agent;
            yield return agent;
            var lead = Grant(HolderKind.Role, gesture, max * 5, budget * 5, BudgetPeriod.Month, BudgetScope.PerAgent);
            lead.HolderRole = Roles.TeamLead;
            yield return lead;
            var manager = Grant(HolderKind.Role, gesture, max * 20, null, null, null);
            manager.HolderRole = Roles.Manager;
            yield return manager;
        }
        foreach (var (team, i) in teams.Select((t, i) => (t, i)))
            foreach (var (gesture, max, _) in Kinds.Skip(i * 2).Take(2))
            {
                var grant = Grant(HolderKind.Team, gesture, max * 2, max * 2_000, BudgetPeriod.Month, BudgetScope.PerTeam);
                grant.HolderTeamId = team;
                yield return grant;
            }
        foreach (var (agent, i) in agents.Where((_, i) => i % 50 == 0).Select((a, i) => (a, i)))
        {
            var (gesture, max, _) = Kinds[i % Kinds.Length];
            var grant = Grant(HolderKind.Agent, gesture, max * 3, max * 60, BudgetPeriod.Month, BudgetScope.PerAgent);
            grant.HolderAgentId = agent;
            yield return grant;
        }
    }

    private static Guideline Guideline(long categoryId, int index, DateTime now)
    {
        var offered = Enumerable.Range(0, 3).Select(k => Kinds[(index + k * 2) % Kinds.Length])
            .Select(k => new DiscretionaryGesture(k.Gesture, k.Max / 2, null)).ToList();
        var content = new GuidelineContent([new Condition(Fact.LifetimeValue, Comparison.AtLeast, "0")],
            "Follow the standard policy for this category.", offered,
            ["Offer a callback by a specialist within one business day.", "Explain the standard policy and what it covers."], Roles.TeamLead);
        var guideline = new Guideline { CategoryId = categoryId, Name = "Standard handling", CurrentVersion = 1 };
        guideline.Versions.Add(new GuidelineVersion { Version = 1, Content = GuidelineVersion.Write(content), CreatedAt = now, CreatedBy = Marker });
        return guideline;
    }
}
