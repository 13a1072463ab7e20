using Frontline.Authority;

namespace Frontline.Gestures.Ledger;

/// <summary>What each holder spent of one budgeted grant in the current period.</summary>
public sealed record BudgetSpend(string Who, Money Spent, Money Left);

public sealed record BudgetUse(long GrantId, string Holder, string Gesture, BudgetPeriod Period, BudgetScope Scope, Money Budget,
    IReadOnlyList<BudgetSpend> Spent)
{
    public static async Task<IReadOnlyList<BudgetUse>> LoadAsync(FrontlineDb db, DateTime now, CancellationToken ct)
    {
        var grants = await db.AuthorityGrants.AsNoTracking().Where(g => g.RevokedAt == null && g.BudgetAmount != null).OrderBy(g => g.Id).ToListAsync(ct);
        var teams = await db.Teams.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        var uses = new List<BudgetUse>();
        foreach (var g in grants)
        {
            var period = g.BudgetPeriod ?? BudgetPeriod.Month;
            var scope = g.BudgetScope ?? BudgetScope.PerAgent;
            var since = EffectiveAuthority.PeriodStart(period, now);
            var spent = await db.Gestures.AsNoTracking().Where(x => x.GrantId == g.Id && x.GrantedAt >= since)
                .Select(x => new { x.GrantedBy, x.TeamId, x.Amount }).ToListAsync(ct);
            var budget = new Money(g.BudgetAmount!.Value, g.Currency);
            var team = teams.GetValueOrDefault(g.HolderTeamId ?? 0, "no team");
            var byWho = spent.GroupBy(x => scope == BudgetScope.PerTeam ? team : x.GrantedBy)
                .OrderBy(x => x.Key, StringComparer.Ordinal)
                .Select(x => new BudgetSpend(x.Key, new Money(x.Sum(y => y.Amount), g.Currency),
                    new Money(Math.Max(0, budget.Amount - x.Sum(y => y.Amount)), g.Currency))).ToList();
            var holder = g.HolderKind switch
            {
                HolderKind.Role => $"role {g.HolderRole}",
                HolderKind.Team => $"team {teams.GetValueOrDefault(g.HolderTeamId ?? 0, "?")}",
                _ => $"agent {g.HolderAgentId}",
            };
            uses.Add(new BudgetUse(g.Id, holder, g.Gesture, period, scope, budget, byWho));
        }
        return uses;
    }
}
