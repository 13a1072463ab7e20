using Frontline.Knowledge;

namespace Frontline.Touchpoints;

/// <summary>What an agent inserts into a reply: an article's text, a price from the list as it stands today.</summary>
internal sealed record Inserts(string Text, PriceItem? Price, long? ArticleId)
{
    public static async Task<Inserts> ReadAsync(FrontlineDb db, string? quote, long? articleId, long customerId, DateTime now, Errors errors,
        CancellationToken ct)
    {
        var text = "";
        if (articleId is { } id)
        {
            var article = await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
            if (article is null) errors.Add("articleId", $"There is no article {id}.");
            else if (article.IsInternal) errors.Add("articleId",
                $"\"{article.Title}\" is an internal article, for colleagues only: it cannot go to a customer.");
            else text += $"\n\n{article.Title}\n{article.Body}";
        }
        PriceItem? price = null;
        if (!string.IsNullOrWhiteSpace(quote))
        {
            var code = quote.Trim().ToUpperInvariant();
            var currency = await db.Customers.Where(c => c.Id == customerId).Select(c => c.Currency).FirstAsync(ct);
            var valid = (await PriceList.ValidOnAsync(db, DateOnly.FromDateTime(now), ct)).Where(p => p.Code == code).ToList();
            // the customer's own currency when the list has it, else the only price there is
            price = valid.FirstOrDefault(p => p.Currency == currency) ?? (valid.Count == 1 ? valid[0] : null);
            if (price is null) errors.Add("quote", valid.Count == 0 ? $"No price for {code} is valid today." : $"{code} has no price in {currency}.");
            else text += $"\n\nPrice: {price.Name}, {new Money(price.Amount, price.Currency)}";
        }
        return new Inserts(text, price, articleId);
    }
}
