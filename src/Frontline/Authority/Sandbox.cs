using Frontline.Identity;

namespace Frontline.Authority;

/// <summary>Loads the grants that make up one person's sandbox, each with what was already spent of it this period.</summary>
public static class Sandbox
{
    /// <summary>
    /// A key acting for a person holds that person's grants and their teams'; a service account's key holds its
    /// team's; role grants go by the role the caller acts with (for a key, never above the person's).
    /// </summary>
    public static async Task<IReadOnlyList<GrantTerms>> ForAsync(FrontlineDb db, Actor actor, DateTime now, CancellationToken ct) =>
        await ForAsync(db, actor, await ActingTeams.OfAsync(db, actor, ct), now, ct);

    /// <summary>As above, with the actor's teams (<see cref="ActingTeams.OfAsync"/>) already looked up.</summary>
    public static async Task<IReadOnlyList<GrantTerms>> ForAsync(FrontlineDb db, Actor actor, IReadOnlyList<long> teams, DateTime now,
        CancellationToken ct)
    {
        var grants = await db.AuthorityGrants.AsNoTracking().Where(g => g.RevokedAt == null && (
                (g.HolderKind == HolderKind.Role && g.HolderRole == actor.Role)
                || (g.HolderKind == HolderKind.Team && teams.Contains(g.HolderTeamId!.Value))
                || (g.HolderKind == HolderKind.Agent && g.HolderAgentId == actor.AgentId)))
            .OrderBy(g => g.Id).ToListAsync(ct);
        return await TermsAsync(db, grants, actor.AgentId, now, spend: true, ct);
    }

    /// <summary>
    /// What a role may grant, as an unknown approver at that level sees it: limits only, since whose budget
    /// would be spent is not known until someone decides.
    /// </summary>
    public static async Task<IReadOnlyList<GrantTerms>> ForRoleAsync(FrontlineDb db, string role, DateTime now, CancellationToken ct)
    {
        var grants = await db.AuthorityGrants.AsNoTracking()
            .Where(g => g.RevokedAt == null && g.HolderKind == HolderKind.Role && g.HolderRole == role).OrderBy(g => g.Id).ToListAsync(ct);
        return await TermsAsync(db, grants, null, now, spend: false, ct);
    }

    private static async Task<IReadOnlyList<GrantTerms>> TermsAsync(FrontlineDb db, List<AuthorityGrant> grants, long? agentId, DateTime now, bool spend,
        CancellationToken ct)
    {
        if (grants.Count == 0) return [];
        // only the kinds and teams these grants name: this runs on every evaluation
        var codes = grants.Select(g => g.Gesture).Distinct().ToList();
        var kinds = await db.GestureKinds.AsNoTracking().Where(k => codes.Contains(k.Code)).ToDictionaryAsync(k => k.Code, k => k.Verb, ct);
        var teamIds = grants.Where(g => g.HolderTeamId != null).Select(g => g.HolderTeamId!.Value).Distinct().ToList();
        var teamNames = teamIds.Count == 0 ? []
            : await db.Teams.AsNoTracking().Where(t => teamIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        var terms = new List<GrantTerms>();
        foreach (var g in grants)
        {
            var budget = g is { BudgetAmount: { } amount, BudgetPeriod: { } period }
                ? new Budget(amount, period, g.BudgetScope ?? BudgetScope.PerAgent)
                : null;
            var spent = budget is null || !spend ? 0 : await SpentAsync(db, g, budget, agentId, now, ct);
            var holder = g.HolderKind switch
            {
                HolderKind.Role => $"role {g.HolderRole}",
                HolderKind.Team => $"team {teamNames.GetValueOrDefault(g.HolderTeamId ?? 0, "?")}",
                _ => "you",
            };
            terms.Add(new GrantTerms(g.Id, g.HolderKind, holder, g.Gesture, kinds.GetValueOrDefault(g.Gesture, g.Gesture), g.CategoryIds, g.Tiers,
                new Money(g.MaxPerGesture, g.Currency), budget, spent));
        }
        return terms;
    }

    private static async Task<decimal> SpentAsync(FrontlineDb db, AuthorityGrant grant, Budget budget, long? agentId, DateTime now, CancellationToken ct)
    {
        var since = EffectiveAuthority.PeriodStart(budget.Period, now);
        var ledger = db.Gestures.Where(x => x.GrantId == grant.Id && x.GrantedAt >= since);
        // a team's grant belongs to that team: every line granted under it counts, whoever granted or approved it
        if (budget.Scope != BudgetScope.PerTeam) ledger = ledger.Where(x => x.GrantedById == agentId);
        // summed in memory: the ledger of one grant in one period is short, and SQLite cannot sum decimals
        var amounts = await ledger.Select(x => x.Amount).ToListAsync(ct);
        return amounts.Sum();
    }
}
