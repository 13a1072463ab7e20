using System.Globalization;
using Frontline.Events;
using Frontline.Identity;

namespace Frontline.Customers;

/// <summary>A recorded change of a fact that decides authority, as the API and the customer page show it.</summary>
public sealed record FactChangeView(long Id, long? AssetId, string Fact, string? Before, string? After,
    DateTime ChangedAt, string ChangedBy);

/// <summary>
/// Who may change the facts that decide authority, and the record of every change. Managers and admins may (a key
/// acting for one too, since a key never has more than its person's role); so may the keys of a service account
/// marked as changing customer data. Agents, team leads and keys acting for nobody may not: otherwise whoever
/// gains from a Platinum tier could give it.
/// </summary>
public static class CustomerFacts
{
    public const string Tier = "loyaltyTier";
    public const string LifetimeValue = "lifetimeValue";
    public const string CustomerSince = "customerSince";
    public const string PurchasedOn = "purchasedOn";
    public const string PurchaseChannel = "purchaseChannel";
    public const string Seller = "seller";
    public const string WarrantyEndsOn = "warrantyEndsOn";

    public static async Task<bool> MayChangeAsync(FrontlineDb db, Actor actor, CancellationToken ct)
    {
        if (actor.IsKeyForNobody) return false;
        if (actor.ServiceAccountId is { } account) return await db.ServiceAccounts.AnyAsync(s => s.Id == account && s.ChangesCustomerData, ct);
        return Roles.Parse(actor.Role) is { } role && Roles.Rank(role) >= Roles.Rank(Roles.Manager);
    }

    public const string NotEntitled = "Only a manager, an admin or an integration allowed to change customer data may change this.";

    /// <summary>Adds a change and its event to the unit of work when the value differs; returns whether it did.</summary>
    public static bool Record(FrontlineDb db, long customerId, long? assetId, string fact, object? before,
        object? after, Actor actor, DateTime now)
    {
        var (was, becomes) = (Text(before), Text(after));
        if (was == becomes) return false;
        db.CustomerFactChanges.Add(new CustomerFactChange
        {
            CustomerId = customerId, AssetId = assetId, Fact = fact, Before = was, After = becomes, ChangedAt = now,
            ChangedByAgentId = actor.AgentId, ChangedByServiceAccountId = actor.ServiceAccountId, ChangedByApiKeyId = actor.ApiKeyId,
            ChangedBy = actor.Name,
        });
        db.Publish(actor, now, new CustomerFactChanged(customerId, assetId, fact, was, becomes));
        return true;
    }

    internal static async Task<Results<Ok<List<FactChangeView>>, NotFound>> List(long id, FrontlineDb db,
        CancellationToken ct) =>
        await db.Customers.AnyAsync(c => c.Id == id, ct) ? TypedResults.Ok(await ListAsync(db, id, ct)) : TypedResults.NotFound();

    /// <summary>The customer's fact changes, newest first.</summary>
    public static Task<List<FactChangeView>> ListAsync(FrontlineDb db, long customerId, CancellationToken ct) =>
        db.CustomerFactChanges.AsNoTracking().Where(c => c.CustomerId == customerId)
            .OrderByDescending(c => c.ChangedAt).ThenByDescending(c => c.Id)
            .Select(c => new FactChangeView(c.Id, c.AssetId, c.Fact, c.Before, c.After, c.ChangedAt, c.ChangedBy)).ToListAsync(ct);

    private static string? Text(object? value) => value switch
    {
        null => null,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        decimal m => m.ToString("0.00", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };
}
