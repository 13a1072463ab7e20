namespace Frontline.Customers;

public static class GetCustomer
{
    internal static async Task<Results<Ok<CustomerDetails>, NotFound>> Handle(long id, FrontlineDb db, CancellationToken ct) =>
        await CustomerDetails.LoadAsync(db, id, ct) is { } details ? TypedResults.Ok(details) : TypedResults.NotFound();
}
