using System.Security.Claims;
using Frontline.Customers;
using Frontline.Events;
using Frontline.Identity;

namespace Frontline.Authority;

public sealed record GrantInput(
    HolderKind? HolderKind, string? HolderRole, long? HolderTeamId, long? HolderAgentId, string? Gesture, IReadOnlyList<long>? CategoryIds,
    IReadOnlyList<LoyaltyTier>? Tiers, decimal? MaxPerGesture, string? Currency, decimal? BudgetAmount, BudgetPeriod? BudgetPeriod, BudgetScope? BudgetScope);

public sealed record GrantView(long Id, HolderKind HolderKind, string? HolderRole, long? HolderTeamId,
    long? HolderAgentId, string Gesture,
    IReadOnlyList<long> CategoryIds, IReadOnlyList<LoyaltyTier> Tiers, Money MaxPerGesture, Budget? Budget, DateTime CreatedAt, string? CreatedBy)
{
    public static GrantView Of(AuthorityGrant g) => new(g.Id, g.HolderKind, g.HolderRole, g.HolderTeamId,
        g.HolderAgentId, g.Gesture, g.CategoryIds,
        g.Tiers, new Money(g.MaxPerGesture, g.Currency),
        g is { BudgetAmount: { } a, BudgetPeriod: { } p } ? new Budget(a, p, g.BudgetScope ?? BudgetScope.PerAgent) : null, g.CreatedAt, g.CreatedBy);
}

/// <summary>A manager widens or narrows a sandbox: grants to a role, a team or one agent.</summary>
public static class SaveGrant
{
    internal static async Task<Results<Created<GrantView>, NotFound, ValidationProblem, ProblemHttpResult>> Create(
        GrantInput input, ClaimsPrincipal user, FrontlineDb db, TimeProvider clock, CancellationToken ct) =>
        (await CreateAsync(db, input, Actor.Of(user), clock.GetUtcNow().UtcDateTime, ct)).ToCreated(g => $"/api/v1/authority/grants/{g.Id}");

    public static async Task<Outcome<GrantView>> CreateAsync(FrontlineDb db, GrantInput input, Actor actor,
        DateTime now, CancellationToken ct)
    {
        var errors = new Errors();
        var kind = errors.Required("holderKind", input.HolderKind);
        errors.Known("holderKind", input.HolderKind);
        var role = Roles.Parse(input.HolderRole);
        if (kind == HolderKind.Role && role is null) errors.Add("holderRole",
            $"Must be one of {string.Join(", ", Roles.All)}.");
        if (kind == HolderKind.Team && (input.HolderTeamId is not { } team || !await db.Teams.AnyAsync(t => t.Id == team, ct)))
            errors.Add("holderTeamId", "Name an existing team.");
        if (kind == HolderKind.Agent && (input.HolderAgentId is not { } agent || !await db.Users.AnyAsync(a => a.Id == agent, ct)))
            errors.Add("holderAgentId", "Name an existing agent.");
        var gesture = errors.Text("gesture", input.Gesture, 40);
        if (gesture.Length > 0 && !await db.GestureKinds.AnyAsync(k => k.Code == gesture, ct)) errors.Add("gesture",
            $"'{gesture}' is not a gesture kind.");
        var categories = (input.CategoryIds ?? []).Distinct().ToList();
        var known = await db.Categories.Where(c => categories.Contains(c.Id)).Select(c => c.Id).ToListAsync(ct);
        foreach (var missing in categories.Except(known)) errors.Add("categoryIds", $"There is no category {missing}.");
        foreach (var tier in input.Tiers ?? []) errors.Known("tiers", (LoyaltyTier?)tier);
        errors.Required("maxPerGesture", input.MaxPerGesture);
        errors.Amount("maxPerGesture", input.MaxPerGesture, 0, 1_000_000m);
        var currency = input.Currency?.Trim().ToUpperInvariant() is { Length: > 0 } c ? c : "EUR";
        if (!Money.IsCurrency(currency)) errors.Add("currency", "Must be a three-letter ISO 4217 code such as EUR.");
        errors.Amount("budgetAmount", input.BudgetAmount, 0, 100_000_000m);
        errors.Known("budgetPeriod", input.BudgetPeriod);
        errors.Known("budgetScope", input.BudgetScope);
        if (input.BudgetAmount is null != input.BudgetPeriod is null) errors.Add("budgetPeriod",
            "A budget needs both an amount and a period.");
        if (input.BudgetScope == BudgetScope.PerTeam && kind != HolderKind.Team) errors.Add("budgetScope",
            "Only a team's grant can have a team budget.");
        if (input.BudgetAmount < input.MaxPerGesture) errors.Add("budgetAmount", "Is smaller than one gesture may be.");
        if (errors.Any) return errors;

        var grant = new AuthorityGrant
        {
            HolderKind = kind, HolderRole = kind == HolderKind.Role ? role : null, HolderTeamId = kind == HolderKind.Team ? input.HolderTeamId : null,
            HolderAgentId = kind == HolderKind.Agent ? input.HolderAgentId : null, Gesture = gesture, CategoryIds = known,
            Tiers = (input.Tiers ?? []).Distinct().ToList(), MaxPerGesture = input.MaxPerGesture!.Value, Currency = currency,
            BudgetAmount = input.BudgetAmount, BudgetPeriod = input.BudgetPeriod, BudgetScope = input.BudgetAmount is null ? null : input.BudgetScope ?? BudgetScope.PerAgent,
            CreatedAt = now, CreatedBy = actor.Name,
        };
        db.AuthorityGrants.Add(grant);
        await db.SaveAndPublishAsync(actor, now, () => Changed(grant), ct);
        return GrantView.Of(grant);
    }

    internal static async Task<Results<NoContent, NotFound, ValidationProblem, ProblemHttpResult>> Revoke(
        long id, ClaimsPrincipal user, FrontlineDb db, TimeProvider clock, CancellationToken ct) =>
        (await RevokeAsync(db, id, Actor.Of(user), clock.GetUtcNow().UtcDateTime, ct)).ToNoContent();

    /// <summary>Ends a grant; revoking it again changes nothing and publishes nothing.</summary>
    public static async Task<Outcome<GrantView>> RevokeAsync(
        FrontlineDb db, long id, Actor actor, DateTime now, CancellationToken ct)
    {
        var grant = await db.AuthorityGrants.FirstOrDefaultAsync(g => g.Id == id, ct);
        if (grant is null) return Outcome<GrantView>.NotFound();
        if (grant.RevokedAt is not null) return GrantView.Of(grant);
        grant.RevokedAt = now;
        db.Publish(actor, now, Changed(grant));
        await db.SaveChangesAsync(ct);
        return GrantView.Of(grant);
    }

    private static AuthorityGrantChanged Changed(AuthorityGrant g) => new(g.Id, g.HolderKind,
        g.HolderKind switch
        {
            HolderKind.Role => g.HolderRole!,
            HolderKind.Team => $"team {g.HolderTeamId}",
            _ => $"agent {g.HolderAgentId}",
        },
        g.RevokedAt is null);

    internal static async Task<Ok<List<GrantView>>> List(FrontlineDb db, CancellationToken ct) =>
        TypedResults.Ok((await db.AuthorityGrants.AsNoTracking().Where(g => g.RevokedAt == null).OrderBy(g => g.Id).ToListAsync(ct))
            .Select(GrantView.Of).ToList());
}
