using Frontline.Customers;

namespace Frontline.Authority;

public sealed record Budget(decimal Amount, BudgetPeriod Period, BudgetScope Scope);

/// <summary>One grant as it stands for one person now: its terms and what was already spent of its budget this period.</summary>
public sealed record GrantTerms(
    long Id, HolderKind HolderKind, string Holder, string Gesture, string GestureVerb, IReadOnlyList<long> CategoryIds,
    IReadOnlyList<LoyaltyTier> Tiers, Money MaxPerGesture, Budget? Budget, decimal SpentThisPeriod)
{
    public decimal? Left => Budget is null ? null : Math.Max(0, Budget.Amount - SpentThisPeriod);

    public bool AppliesTo(GestureRequest request) =>
        Gesture == request.Gesture && (CategoryIds.Count == 0 || CategoryIds.Contains(request.CategoryId))
        && (Tiers.Count == 0 || Tiers.Contains(request.Tier));
}

/// <summary>A gesture someone wants to grant on a case.</summary>
public sealed record GestureRequest(string Gesture, Money Amount, long CategoryId, LoyaltyTier Tier);

/// <summary>Whether one person's sandbox covers a request, which grant does, and why in plain words.</summary>
public sealed record AuthorityCheck(bool Covered, GrantTerms? Grant, string Reason);

/// <summary>
/// What a person may grant: everything their role, their teams and their own grants allow together.
/// Pure, so the evaluation, the API, the UI and the tests all decide alike.
/// </summary>
public static class EffectiveAuthority
{
    public static AuthorityCheck Check(IEnumerable<GrantTerms> grants, GestureRequest request, string verb)
    {
        var relevant = grants.Where(g => g.AppliesTo(request)).ToList();
        if (relevant.Count == 0) return new(false, null, $"You have no authority to {verb} for this case.");
        var sameCurrency = relevant.Where(g => g.MaxPerGesture.Currency == request.Amount.Currency).ToList();
        if (sameCurrency.Count == 0)
            return new(false, null, $"Your authority to {verb} is in {string.Join(", ", relevant.Select(g => g.MaxPerGesture.Currency).Distinct())}, not {request.Amount.Currency}.");
        var amount = request.Amount.Amount;
        var covering = sameCurrency.Where(g => amount <= g.MaxPerGesture.Amount && (g.Left is null || amount <= g.Left))
            .OrderByDescending(g => g.Left ?? decimal.MaxValue).ThenBy(g => g.Id).FirstOrDefault();
        if (covering is not null) return new(true, covering, $"Within your authority: {Describe(covering)}");
        var best = sameCurrency.MaxBy(g => g.MaxPerGesture.Amount)!;
        if (amount > best.MaxPerGesture.Amount)
            return new(false, null, $"{request.Amount} is above your limit of {best.MaxPerGesture} each.");
        return new(false, null, $"{request.Amount} is more than is left of the budget: {Describe(best)}");
    }

    /// <summary>
    /// The sandbox in plain words, one line per distinct permission, naming its categories: "You may waive fees up to
    /// 50.00 EUR each in Change of booking; 180.00 EUR of your 300.00 EUR this week is left." Two grants that read the
    /// same (a role's and a team's) make one line.
    /// </summary>
    public static IReadOnlyList<string> Describe(IEnumerable<GrantTerms> grants, IReadOnlyDictionary<long, string> categoryNames) =>
        grants.OrderBy(g => g.Gesture).ThenBy(g => g.Id).Select(g => $"You may {g.GestureVerb} up to {g.MaxPerGesture} each"
            + (g.CategoryIds.Count == 0 ? " in every category" : $" in {Categories(g, categoryNames)}")
            + (g.Tiers.Count == 0 ? "" : $" for {string.Join(" and ", g.Tiers)} customers")
            + (g.Budget is null ? "." : $"; {Budgeted(g)}.")).Distinct().ToList();

    private static string Categories(GrantTerms g, IReadOnlyDictionary<long, string> names)
    {
        var named = g.CategoryIds.Select(id => names.GetValueOrDefault(id, $"category {id}")).Order().ToList();
        return named.Count == 1 ? named[0] : $"{string.Join(", ", named[..^1])} and {named[^1]}";
    }

    private static string Describe(GrantTerms g) =>
        $"up to {g.MaxPerGesture} each" + (g.Budget is null ? "." : $"; {Budgeted(g)}.");

    private static string Budgeted(GrantTerms g)
    {
        var whose = g.Budget!.Scope == BudgetScope.PerTeam ? "your team's" : "your";
        var period = g.Budget.Period switch { BudgetPeriod.Day => "today", BudgetPeriod.Week => "this week", _ => "this month" };
        return $"{new Money(g.Left!.Value, g.MaxPerGesture.Currency)} of {whose} {new Money(g.Budget.Amount, g.MaxPerGesture.Currency)} {period} is left";
    }

    /// <summary>Where the current period of a budget began (UTC).</summary>
    public static DateTime PeriodStart(BudgetPeriod period, DateTime nowUtc)
    {
        var day = nowUtc.Date;
        return DateTime.SpecifyKind(period switch
        {
            BudgetPeriod.Day => day,
            BudgetPeriod.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
            _ => new DateTime(day.Year, day.Month, 1),
        }, DateTimeKind.Utc);
    }
}
