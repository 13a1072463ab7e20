using Frontline.Identity;

namespace Frontline.Customers;

/// <summary>
/// Finds whom a message is from by e-mail address or phone number (normalised to E.164); an unknown sender
/// becomes a new customer, so no message is ever without its customer. A new customer is saved and published at once
/// (in the caller's transaction when there is one).
/// </summary>
public static class ContactMatch
{
    public static async Task<(Customer Customer, bool Created)> FindOrCreateAsync(
        FrontlineDb db, string? email, string? phone, string? name, Actor actor, DateTime now, CancellationToken ct)
    {
        Customer? found = null;
        if (email is not null)
            found = await db.Customers.WithEmail(db, email).FirstOrDefaultAsync(ct);
        if (found is null && phone is not null)
            found = await db.Customers.WithPhone(db, phone).OrderBy(c => c.Id).FirstOrDefaultAsync(ct);
        if (found is not null) return (found, false);

        var customer = New(name ?? email?.Split('@')[0] ?? phone!, now);
        if (email is not null) customer.Emails.Add(new CustomerEmail { Address = email, IsPrimary = true });
        if (phone is not null) customer.Phones.Add(new CustomerPhone { Number = phone, IsPrimary = true });
        await AddAsync(db, customer, actor, now, ct);
        return (customer, true);
    }

    /// <summary>
    /// A record for someone known only by the name they gave (a chat visitor who has not proved an address): it holds
    /// none, so nothing anyone else wrote from an address ever lands on it.
    /// </summary>
    public static async Task<Customer> NewVisitorAsync(FrontlineDb db, string name, Actor actor, DateTime now,
        CancellationToken ct)
    {
        var customer = New(name, now);
        await AddAsync(db, customer, actor, now, ct);
        return customer;
    }

    private static Task AddAsync(FrontlineDb db, Customer customer, Actor actor, DateTime now, CancellationToken ct)
    {
        db.Customers.Add(customer);
        return db.SaveAndPublishAsync(actor, now, () => new CustomerCreated(customer.Id, customer.Name), ct);
    }

    private static Customer New(string name, DateTime now)
    {
        var customer = new Customer
        {
            Name = name, TimeZone = "UTC", CustomerSince = DateOnly.FromDateTime(now), CreatedAt = now, UpdatedAt = now, Emails = [], Phones = [],
        };
        customer.Rename(customer.Name);
        return customer;
    }
}
