namespace Frontline.Customers;

public sealed record CustomerDetails(
    long Id, string Name, IReadOnlyList<string> Emails, IReadOnlyList<string> Phones, string TimeZone,
    LoyaltyTier LoyaltyTier, DateOnly CustomerSince, Money LifetimeValue, long LoyaltyPoints,
    DateTime CreatedAt, DateTime UpdatedAt)
{
    /// <summary>The one projection of a customer, used by the API and the UI alike.</summary>
    public static Task<CustomerDetails?> LoadAsync(FrontlineDb db, long id, CancellationToken ct) =>
        db.Customers.AsNoTracking().Where(c => c.Id == id)
            .Select(c => new CustomerDetails(c.Id, c.Name,
                c.Emails.OrderByDescending(e => e.IsPrimary).ThenBy(e => e.Id).Select(e => e.Address).ToList(),
                c.Phones.OrderByDescending(p => p.IsPrimary).ThenBy(p => p.Id).Select(p => p.Number).ToList(),
                c.TimeZone, c.LoyaltyTier, c.CustomerSince, new Money(c.LifetimeValue, c.Currency), c.LoyaltyPoints,
                c.CreatedAt, c.UpdatedAt))
            .FirstOrDefaultAsync(ct);
}
