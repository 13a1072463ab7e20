namespace Frontline.Touchpoints;

public sealed record QuoteView(long TouchpointId, long? CaseId, Channel Channel, DateTime QuotedAt, long PriceItemId, string Code, string Name, Money Price);

/// <summary>Every price quoted to a customer, on any channel: what they were told is what they are held to.</summary>
public static class Quotes
{
    internal static async Task<Results<Ok<List<QuoteView>>, NotFound>> OfCustomer(long id, FrontlineDb db, CancellationToken ct)
    {
        if (!await db.Customers.AnyAsync(c => c.Id == id, ct)) return TypedResults.NotFound();
        var quotes = from t in db.Touchpoints.AsNoTracking()
                     where t.CustomerId == id && t.QuotedPriceItemId != null
                     join p in db.PriceItems on t.QuotedPriceItemId equals p.Id
                     orderby t.OccurredAt descending, t.Id descending
                     select new QuoteView(t.Id, t.CaseId, t.Channel, t.OccurredAt, p.Id, p.Code, p.Name, new Money(t.QuotedAmount!.Value, t.QuotedCurrency!));
        return TypedResults.Ok(await quotes.ToListAsync(ct));
    }
}
