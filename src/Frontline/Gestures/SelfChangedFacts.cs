using Frontline.Customers;
using Frontline.Guidelines;
using Frontline.Identity;

namespace Frontline.Gestures;

/// <summary>A fact that decides authority which the person asking changed themselves, lately.</summary>
public sealed record SelfChangedFact(string Fact, string? Before, string? After, DateTime ChangedAt)
{
    public string Words => $"you changed the {Name(Fact)} from {Before ?? "nothing"} to {After ?? "nothing"} on {ChangedAt:yyyy-MM-dd}";

    private static string Name(string fact) => fact switch
    {
        CustomerFacts.Tier => "customer's loyalty tier",
        CustomerFacts.LifetimeValue => "customer's lifetime value",
        CustomerFacts.CustomerSince => "date the customer joined",
        CustomerFacts.PurchasedOn => "purchase date",
        CustomerFacts.PurchaseChannel => "place of purchase",
        CustomerFacts.Seller => "seller",
        _ => "warranty end",
    };
}

/// <summary>
/// Finds the facts of a case that the same person (or a key acting for them, or the same service account) changed
/// within the last days (<c>Frontline:Authority:SelfChangedFactDays</c>, 7 by default). Facts given when a customer
/// or an asset is first recorded are not changes: the counter records a purchase and grants at once.
/// </summary>
public sealed class SelfChangedFacts(int days)
{
    public static readonly SelfChangedFacts Default = new(7);

    public int Days { get; } = days;

    public async Task<IReadOnlyList<SelfChangedFact>> FindAsync(FrontlineDb db, CaseContext context, Actor actor, DateTime now, CancellationToken ct)
    {
        if (actor.AgentId is null && actor.ServiceAccountId is null) return [];
        var since = now.AddDays(-Days);
        var assetId = await db.Cases.Where(c => c.Id == context.CaseId).Select(c => c.AssetId).FirstOrDefaultAsync(ct);
        var (agent, account) = (actor.AgentId, actor.ServiceAccountId);
        return await db.CustomerFactChanges.AsNoTracking()
            .Where(c => c.CustomerId == context.CustomerId && c.ChangedAt >= since && c.Before != null
                && (c.AssetId == null || c.AssetId == assetId)
                && ((agent != null && c.ChangedByAgentId == agent) || (account != null && c.ChangedByServiceAccountId == account)))
            .OrderBy(c => c.ChangedAt).ThenBy(c => c.Id)
            .Select(c => new SelfChangedFact(c.Fact, c.Before, c.After, c.ChangedAt)).ToListAsync(ct);
    }

    /// <summary>The recorded facts a guideline's condition reads.</summary>
    public static string? Source(Fact fact) => fact switch
    {
        Fact.CustomerTier => CustomerFacts.Tier,
        Fact.LifetimeValue => CustomerFacts.LifetimeValue,
        Fact.TenureYears => CustomerFacts.CustomerSince,
        Fact.DaysSinceWarrantyEnd => CustomerFacts.WarrantyEndsOn,
        Fact.PurchaseChannel => CustomerFacts.PurchaseChannel,
        _ => null,
    };
}
