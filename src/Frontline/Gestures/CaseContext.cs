using Frontline.Customers;
using Frontline.Guidelines;

namespace Frontline.Gestures;

/// <summary>What an evaluation needs to know about a case: its customer, its asset, its facts and its guideline.</summary>
public sealed record CaseContext(
    long CaseId, long CustomerId, long CategoryId, string CustomerName, string Currency, LoyaltyTier Tier, DateTime? CustomerDeadline,
    Touchpoints.Channel Channel, string TimeZone, CaseFacts Facts, AppliedGuideline? Guideline, long? TeamId = null)
{
    public static async Task<CaseContext?> LoadAsync(FrontlineDb db, long caseId, TimeProvider clock, CancellationToken ct)
    {
        // joins, not First() inside the projection: EF turns that into a window over every customer and every asset
        var row = await (
            from c in db.Cases.AsNoTracking()
            where c.Id == caseId
            join customer in db.Customers.AsNoTracking() on c.CustomerId equals customer.Id
            from asset in db.Assets.Where(a => a.Id == c.AssetId).DefaultIfEmpty()
            select new
            {
                Case = c, Customer = customer, asset.WarrantyEndsOn, PurchaseChannel = (PurchaseChannel?)asset.PurchaseChannel,
                asset.Product!.Sku, asset.Product.Kind,
                Assets = db.Assets.Count(a => a.CustomerId == c.CustomerId),
                TeamZone = db.Teams.Where(t => t.Id == c.TeamId).Select(t => t.TimeZone).FirstOrDefault(),
            }).FirstOrDefaultAsync(ct);
        if (row is null) return null;
        var now = clock.GetUtcNow().UtcDateTime;
        var today = CustomerClock.Today(clock, row.Customer.TimeZone);
        var facts = new CaseFacts(
            row.WarrantyEndsOn is { } end ? today.DayNumber - end.DayNumber : null, row.Sku, row.Kind, row.PurchaseChannel,
            row.Customer.LoyaltyTier, Math.Max(0, today.Year - row.Customer.CustomerSince.Year - (today.DayOfYear < row.Customer.CustomerSince.DayOfYear ? 1 : 0)),
            row.Customer.LifetimeValue, row.Assets, row.Case.Channel,
            row.Case.CustomerDeadline is { } deadline ? (int)Math.Floor((deadline - now).TotalDays) : null);
        var guideline = await ApplicableAsync(db, row.Case.CategoryId, facts, ct);
        return new CaseContext(row.Case.Id, row.Case.CustomerId, row.Case.CategoryId, row.Customer.Name, row.Customer.Currency, row.Customer.LoyaltyTier,
            row.Case.CustomerDeadline, row.Case.Channel, row.TeamZone ?? row.Customer.TimeZone, facts, guideline, row.Case.TeamId);
    }

    /// <summary>The first active guideline of the category whose conditions hold, in its current version.</summary>
    private static async Task<AppliedGuideline?> ApplicableAsync(FrontlineDb db, long categoryId, CaseFacts facts, CancellationToken ct)
    {
        var candidates = await db.Guidelines.AsNoTracking().Where(g => g.CategoryId == categoryId && g.IsActive).OrderBy(g => g.Id)
            .Select(g => new { g.Id, g.CurrentVersion, Content = g.Versions.Where(v => v.Version == g.CurrentVersion).Select(v => v.Content).First() })
            .ToListAsync(ct);
        return candidates.Select(c => new AppliedGuideline(c.Id, c.CurrentVersion, JsonContent(c.Content)))
            .FirstOrDefault(g => GuidelineRules.Applies(g.Content, facts));
    }

    private static GuidelineContent JsonContent(string json) => new GuidelineVersion { Content = json }.Read();
}
