using Frontline.Cases;
using Frontline.Touchpoints;

namespace Frontline.Customers;

public sealed record CaseCounts(int Open, int Pending, int Resolved, int Closed);

public sealed record CaseOutcome(long Id, string Number, string Subject, CaseStatus Status, DateTime OpenedAt,
    DateTime? ResolvedAt, int Gestures);

public sealed record ChannelUse(Channel Channel, int Touchpoints, DateTime LastUsed);

/// <summary>What the customer told us afterwards, with their 0–10 score when they gave one.</summary>
public sealed record FeedbackView(int? Score, string Body, DateTime At, string? CaseNumber);

/// <summary>
/// One version of the customer, at a glance: tier, tenure, value, assets with warranty, cases and their outcomes,
/// gestures received, channels used, and why this customer matters.
/// </summary>
public sealed record Customer360(
    CustomerDetails Customer, int TenureYears, string WhyTheyMatter, IReadOnlyList<AssetView> Assets, CaseCounts Cases,
    IReadOnlyList<CaseOutcome> RecentCases, int GesturesReceived, IReadOnlyList<Common.Money> GesturesValue, IReadOnlyList<ChannelUse> Channels,
    IReadOnlyList<FeedbackView> LatestFeedback)
{
    internal static async Task<Results<Ok<Customer360>, NotFound>> Handle(long id, FrontlineDb db, TimeProvider clock,
        CancellationToken ct) =>
        await LoadAsync(db, id, clock, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();

    public static async Task<Customer360?> LoadAsync(FrontlineDb db, long id, TimeProvider clock, CancellationToken ct)
    {
        if (await CustomerDetails.LoadAsync(db, id, ct) is not { } customer) return null;
        var today = CustomerClock.Today(clock, customer.TimeZone);
        var assets = await Customers.Assets.ListAsync(db, id, today, ct);
        var statuses = await db.Cases.AsNoTracking().Where(c => c.CustomerId == id).GroupBy(c => c.Status)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var recent = await db.Cases.AsNoTracking().Where(c => c.CustomerId == id).OrderByDescending(c => c.OpenedAt)
            .ThenByDescending(c => c.Id).Take(10)
            .Select(c => new CaseOutcome(c.Id, Case.NumberOf(c.Id), c.Subject, c.Status, c.OpenedAt, c.ResolvedAt, db.Gestures.Count(g => g.CaseId == c.Id)))
            .ToListAsync(ct);
        // through the customer's cases, whose customer a gesture always shares (a merge moves both): cases by customer and gestures
        // by case are indexed, gestures by customer are not, and would be a scan of the whole ledger for every customer opened
        var gestures = await (
            from c in db.Cases.AsNoTracking()
            where c.CustomerId == id
            join g in db.Gestures.AsNoTracking() on c.Id equals g.CaseId
            where g.CustomerId == id
            select new { g.Amount, g.Currency }).ToListAsync(ct);
        var channels = await db.Touchpoints.AsNoTracking()
            .Where(t => t.CustomerId == id && t.Direction != Direction.Internal).GroupBy(t => t.Channel)
            .Select(g => new ChannelUse(g.Key, g.Count(), g.Max(t => t.OccurredAt))).ToListAsync(ct);
        var feedback = await db.Touchpoints.AsNoTracking()
            .Where(t => t.CustomerId == id && t.Channel == Channel.Feedback && t.Direction == Direction.Inbound)
            .OrderByDescending(t => t.OccurredAt).ThenByDescending(t => t.Id).Take(3)
            .Select(t => new { t.Score, t.Body, t.OccurredAt, t.CaseId }).ToListAsync(ct);
        var tenure = today.Year - customer.CustomerSince.Year - (today.DayOfYear < customer.CustomerSince.DayOfYear ? 1 : 0);
        // a flyer's balance is in miles; everyone else's in points
        var unit = assets.Any(a => a.ProductKind == "Flight") ? "miles" : "points";
        return new Customer360(customer, Math.Max(0, tenure),
            Customers.WhyTheyMatter.Of(customer.LoyaltyPoints, unit, assets.Count(a => a.ProductKind != "Flight"), Math.Max(0, tenure), customer.LifetimeValue, customer.LoyaltyTier),
            assets, new CaseCounts(statuses.GetValueOrDefault(CaseStatus.Open), statuses.GetValueOrDefault(CaseStatus.Pending),
                statuses.GetValueOrDefault(CaseStatus.Resolved), statuses.GetValueOrDefault(CaseStatus.Closed)),
            recent, gestures.Count, gestures.GroupBy(g => g.Currency).OrderBy(g => g.Key).Select(g => new Common.Money(g.Sum(x => x.Amount), g.Key)).ToList(),
            channels.OrderByDescending(c => c.LastUsed).ToList(),
            feedback.Select(f => new FeedbackView(f.Score, f.Body, f.OccurredAt, f.CaseId is { } c ? Case.NumberOf(c) : null)).ToList());
    }
}
