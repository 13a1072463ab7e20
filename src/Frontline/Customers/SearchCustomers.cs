namespace Frontline.Customers;

public sealed record CustomerSummary(long Id, string Name, string? Email, string? Phone, LoyaltyTier LoyaltyTier,
    DateOnly CustomerSince);

/// <summary>Finds customers by e-mail address, phone number or a fragment of the name.</summary>
public static class SearchCustomers
{
    internal static async Task<Results<Ok<Page<CustomerSummary>>, ValidationProblem>> Handle(
        string? email, string? phone, string? q, int? page, int? pageSize, FrontlineDb db, PhoneRegion region,
        CancellationToken ct)
    {
        var errors = new Errors();
        var (p, size) = Paging.Read(page, pageSize, errors);
        string? normalizedEmail = null, normalizedPhone = null;
        if (!string.IsNullOrWhiteSpace(email) && (normalizedEmail = ContactPoints.NormalizeEmail(email)) is null)
            errors.Add("email", $"'{email}' is not an e-mail address.");
        if (!string.IsNullOrWhiteSpace(phone) && (normalizedPhone = ContactPoints.NormalizePhone(phone,
            region)) is null)
            errors.Add("phone", $"'{phone}' is not a phone number.");
        if (q is { Length: > 200 }) errors.Add("q", "Must be at most 200 characters.");
        if (errors.Any) return errors.Problem();
        return TypedResults.Ok(await Query(db, normalizedEmail, normalizedPhone, q?.Trim()).ToPageAsync(p, size, ct));
    }

    /// <summary>
    /// One search box for people: an e-mail address, a phone number or a name fragment, told apart by their shape.
    /// </summary>
    public static Task<Page<CustomerSummary>> ForSearchBoxAsync(FrontlineDb db, PhoneRegion region, string text,
        int page, int size,
        CancellationToken ct)
    {
        text = text.Trim();
        if (text.Contains('@')) return Query(db, text.ToLowerInvariant(), null, null).ToPageAsync(page, size, ct);
        if (text.Any(char.IsDigit) && !text.Any(char.IsLetter) && ContactPoints.NormalizePhone(text,
            region) is { } phone)
            return Query(db, null, phone, null).ToPageAsync(page, size, ct);
        return Query(db, null, null, text).ToPageAsync(page, size, ct);
    }

    private static IQueryable<CustomerSummary> Query(FrontlineDb db, string? email, string? phone, string? fragment)
    {
        var customers = db.Customers.AsNoTracking();
        if (email is not null) customers = customers.WithEmail(db, email);
        if (phone is not null) customers = customers.WithPhone(db, phone);
        if (!string.IsNullOrEmpty(fragment))
        {
            var pattern = Like.Containing(fragment);
            customers = customers.Where(c => EF.Functions.Like(c.SearchName, pattern, Like.Escape));
        }
        return customers.OrderBy(c => c.Name).ThenBy(c => c.Id).Select(c => new CustomerSummary(c.Id, c.Name,
            c.Emails.Where(e => e.IsPrimary).Select(e => e.Address).FirstOrDefault(),
            c.Phones.Where(e => e.IsPrimary).Select(e => e.Number).FirstOrDefault(),
            c.LoyaltyTier, c.CustomerSince));
    }
}
