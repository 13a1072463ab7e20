using System.Security.Claims;
using Frontline.Events;
using Frontline.Identity;

namespace Frontline.Customers;

public sealed record ProductInput(string? Sku, string? Name, string? Kind, int? WarrantyMonths);

public sealed record ProductView(long Id, string Sku, string Name, string Kind, int WarrantyMonths);

public static class Products
{
    internal static async Task<Ok<List<ProductView>>> List(FrontlineDb db, CancellationToken ct) =>
        TypedResults.Ok(await db.Products.AsNoTracking().OrderBy(p => p.Name)
            .Select(p => new ProductView(p.Id, p.Sku, p.Name, p.Kind, p.WarrantyMonths)).ToListAsync(ct));

    internal static async Task<Results<Created<ProductView>, ValidationProblem>> Create(ProductInput input,
        ClaimsPrincipal user, FrontlineDb db,
        TimeProvider clock, CancellationToken ct)
    {
        var errors = new Errors();
        var sku = errors.Text("sku", input.Sku, 64);
        var name = errors.Text("name", input.Name, 200);
        var kind = errors.Text("kind", input.Kind, 64);
        if (input.WarrantyMonths is < 0 or > 240) errors.Add("warrantyMonths", "Must be between 0 and 240.");
        if (sku.Length > 0 && await db.Products.AnyAsync(p => p.Sku == sku, ct)) errors.Add("sku",
            $"A product with SKU {sku} exists.");
        if (errors.Any) return errors.Problem();
        var product = new Product { Sku = sku, Name = name, Kind = kind, WarrantyMonths = input.WarrantyMonths ?? 0 };
        db.Products.Add(product);
        await db.SaveAndPublishAsync(Actor.Of(user), clock.GetUtcNow().UtcDateTime,
            () => new ProductAdded(product.Id, product.Sku, product.Name, product.Kind, product.WarrantyMonths), ct);
        return TypedResults.Created($"/api/v1/products/{product.Id}",
            new ProductView(product.Id, product.Sku, product.Name, product.Kind, product.WarrantyMonths));
    }
}
