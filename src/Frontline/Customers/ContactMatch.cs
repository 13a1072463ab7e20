namespace Frontline.Customers;

/// <summary>
/// Finds whom a message is from by e-mail address or phone number (normalised to E.164); an unknown sender
/// becomes a new customer, so no message is ever without its customer.
/// </summary>
public static class ContactMatch
{
    public static async Task<(Customer Customer, bool Created)> FindOrCreateAsync(
        FrontlineDb db, string? email, string? phone, string? name, DateTime now, CancellationToken ct)
    {
        Customer? found = null;
        if (email is not null)
            found = await db.Customers.WithEmail(db, email).FirstOrDefaultAsync(ct);
        if (found is null && phone is not null)
            found = await db.Customers.WithPhone(db, phone).OrderBy(c => c.Id).FirstOrDefaultAsync(ct);
        if (found is not null) return (found, false);

        var customer = new Customer
        {
            Name = name ?? email?.Split('@')[0] ?? phone!, TimeZone = "UTC", CustomerSince = DateOnly.FromDateTime(now), CreatedAt = now, UpdatedAt = now,
            Emails = email is null ? [] : [new CustomerEmail { Address = email, IsPrimary = true }],
            Phones = phone is null ? [] : [new CustomerPhone { Number = phone, IsPrimary = true }],
        };
        customer.Rename(customer.Name);
        db.Customers.Add(customer);
        return (customer, true);
    }
}
