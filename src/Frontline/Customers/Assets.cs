using System.Security.Claims;
using Frontline.Events;
using Frontline.Identity;

namespace Frontline.Customers;

public sealed record AssetInput(long? ProductId, string? Reference, DateOnly? PurchasedOn,
    PurchaseChannel? PurchaseChannel,
    string? Seller, decimal? Price, string? Currency, DateOnly? WarrantyEndsOn, DateOnly? ServiceDate);

public sealed record AssetView(long Id, long ProductId, string Product, string ProductKind, string? Reference,
    DateOnly PurchasedOn,
    PurchaseChannel PurchaseChannel, string? Seller, Money Price, DateOnly? WarrantyEndsOn, DateOnly? ServiceDate, WarrantyStatus Warranty);

/// <summary>A customer's assets and purchases, each with its warranty seen from the customer's today.</summary>
public static class Assets
{
    internal static async Task<Results<Created<AssetView>, NotFound, ValidationProblem>> Add(
        long id, AssetInput input, ClaimsPrincipal user, FrontlineDb db, TimeProvider clock, CancellationToken ct)
    {
        var customer = await db.Customers.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (customer is null) return TypedResults.NotFound();
        var errors = new Errors();
        var productId = errors.Required("productId", input.ProductId);
        var product = input.ProductId is null ? null : await db.Products.FirstOrDefaultAsync(p => p.Id == productId,
            ct);
        if (input.ProductId is not null && product is null) errors.Add("productId",
            $"There is no product {productId}.");
        var purchasedOn = errors.Required("purchasedOn", input.PurchasedOn);
        var channel = errors.Required("purchaseChannel", input.PurchaseChannel);
        errors.Known("purchaseChannel", input.PurchaseChannel);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        errors.Date("purchasedOn", input.PurchasedOn, new DateOnly(1900, 1, 1), today.AddDays(1));
        errors.Date("warrantyEndsOn", input.WarrantyEndsOn, new DateOnly(1900, 1, 1), today.AddYears(50));
        errors.Date("serviceDate", input.ServiceDate, new DateOnly(1900, 1, 1), today.AddYears(5));
        errors.Amount("price", input.Price, 0, 10_000_000m);
        var currency = input.Currency?.Trim().ToUpperInvariant() is { Length: > 0 } cur ? cur : customer.Currency;
        if (!Money.IsCurrency(currency)) errors.Add("currency", "Must be a three-letter ISO 4217 code such as EUR.");
        var reference = errors.Text("reference", input.Reference, 100, required: false);
        var seller = errors.Text("seller", input.Seller, 200, required: false);
        if (input.WarrantyEndsOn is { } w && w < purchasedOn) errors.Add("warrantyEndsOn",
            "Must not be before the purchase date.");
        if (errors.Any) return errors.Problem();

        var asset = new Asset
        {
            CustomerId = id, ProductId = productId, Reference = NullIfEmpty(reference), PurchasedOn = purchasedOn,
            PurchaseChannel = channel, Seller = NullIfEmpty(seller), Price = input.Price ?? 0, Currency = currency,
            WarrantyEndsOn = input.WarrantyEndsOn ?? (product!.WarrantyMonths > 0 ? purchasedOn.AddMonths(product.WarrantyMonths) : null),
            ServiceDate = input.ServiceDate,
        };
        db.Assets.Add(asset);
        var (actor, now) = (Actor.Of(user), clock.GetUtcNow().UtcDateTime);
        await db.InTransactionAsync(async () =>
        {
            await db.SaveChangesAsync(ct);
            db.Publish(actor, now,
                new AssetRegistered(asset.Id, id, productId, purchasedOn, channel, asset.WarrantyEndsOn));
            // what decides authority later is kept with who gave it, from nothing before
            CustomerFacts.Record(db, id, asset.Id, CustomerFacts.PurchasedOn, null, asset.PurchasedOn, actor, now);
            CustomerFacts.Record(db, id, asset.Id, CustomerFacts.PurchaseChannel, null, asset.PurchaseChannel, actor,
                now);
            CustomerFacts.Record(db, id, asset.Id, CustomerFacts.Seller, null, asset.Seller, actor, now);
            CustomerFacts.Record(db, id, asset.Id, CustomerFacts.WarrantyEndsOn, null, asset.WarrantyEndsOn, actor,
                now);
            return await db.SaveChangesAsync(ct);
        }, ct);
        var view = (await ListAsync(db, id, CustomerClock.Today(clock, customer.TimeZone), ct))
            .Single(a => a.Id == asset.Id);
        return TypedResults.Created($"/api/v1/customers/{id}/assets/{asset.Id}", view);
    }

    internal static async Task<Results<Ok<IReadOnlyList<AssetView>>, NotFound>> List(long id, FrontlineDb db,
        TimeProvider clock, CancellationToken ct)
    {
        var zone = await db.Customers.Where(c => c.Id == id).Select(c => c.TimeZone).FirstOrDefaultAsync(ct);
        if (zone is null) return TypedResults.NotFound();
        return TypedResults.Ok(await ListAsync(db, id, CustomerClock.Today(clock, zone), ct));
    }

    public static async Task<IReadOnlyList<AssetView>> ListAsync(FrontlineDb db, long customerId, DateOnly today,
        CancellationToken ct)
    {
        var rows = await db.Assets.AsNoTracking().Where(a => a.CustomerId == customerId)
            .OrderByDescending(a => a.PurchasedOn).ThenByDescending(a => a.Id)
            .Select(a => new { a, Product = a.Product!.Name, a.Product.Kind }).ToListAsync(ct);
        return rows.Select(r => new AssetView(r.a.Id, r.a.ProductId, r.Product, r.Kind, r.a.Reference, r.a.PurchasedOn,
            r.a.PurchaseChannel,
            r.a.Seller, new Money(r.a.Price, r.a.Currency), r.a.WarrantyEndsOn, r.a.ServiceDate, r.a.WarrantyOn(today))).ToList();
    }

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;
}
