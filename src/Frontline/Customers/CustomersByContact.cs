namespace Frontline.Customers;

/// <summary>
/// Customers holding an e-mail address or a phone number, written as "id IN (ids with that address)": SQLite runs a
/// correlated EXISTS once per customer, a scan of every customer; this shape uses the address's index.
/// </summary>
internal static class CustomersByContact
{
    public static IQueryable<Customer> WithEmail(this IQueryable<Customer> customers, FrontlineDb db, string email) =>
        customers.Where(c => db.CustomerEmails.Where(e => e.Address == email).Select(e => e.CustomerId).Contains(c.Id));

    public static IQueryable<Customer> WithPhone(this IQueryable<Customer> customers, FrontlineDb db, string phone) =>
        customers.Where(c => db.CustomerPhones.Where(p => p.Number == phone).Select(p => p.CustomerId).Contains(c.Id));
}
