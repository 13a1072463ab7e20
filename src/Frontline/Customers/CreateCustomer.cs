using System.Security.Claims;
using Frontline.Events;
using Frontline.Identity;

namespace Frontline.Customers;

public static class CreateCustomer
{
    internal static async Task<Results<Created<CustomerDetails>, ValidationProblem, ProblemHttpResult>> Handle(
        CustomerInput input, ClaimsPrincipal user, FrontlineDb db, TimeProvider clock, PhoneRegion region, CancellationToken ct)
    {
        var errors = new Errors();
        var valid = input.Check(errors, clock, region);
        if (errors.Any) return errors.Problem();
        if (await ContactConflicts.FindAsync(db, valid, exceptCustomerId: null, ct) is { } conflict) return conflict;

        var now = clock.GetUtcNow().UtcDateTime;
        var customer = new Customer { Name = valid.Name, TimeZone = valid.TimeZone, CreatedAt = now };
        Apply(customer, valid, now);
        db.Customers.Add(customer);
        await db.SaveAndPublishAsync(Actor.Of(user), now, () => new CustomerCreated(customer.Id, customer.Name), ct);
        var details = await CustomerDetails.LoadAsync(db, customer.Id, ct);
        return TypedResults.Created($"/api/v1/customers/{customer.Id}", details);
    }

    internal static void Apply(Customer customer, CustomerInput.Valid valid, DateTime now)
    {
        customer.Rename(valid.Name);
        customer.TimeZone = valid.TimeZone;
        customer.LoyaltyTier = valid.Tier;
        customer.CustomerSince = valid.CustomerSince ?? DateOnly.FromDateTime(now);
        customer.LifetimeValue = valid.LifetimeValue;
        customer.Currency = valid.Currency;
        customer.LoyaltyPoints = valid.LoyaltyPoints;
        customer.UpdatedAt = now;
        customer.Emails.RemoveAll(e => !valid.Emails.Contains(e.Address));
        foreach (var address in valid.Emails.Where(a => customer.Emails.All(e => e.Address != a)))
            customer.Emails.Add(new CustomerEmail { Address = address });
        foreach (var email in customer.Emails) email.IsPrimary = email.Address == valid.Emails.FirstOrDefault();
        customer.Phones.RemoveAll(p => !valid.Phones.Contains(p.Number));
        foreach (var number in valid.Phones.Where(n => customer.Phones.All(p => p.Number != n)))
            customer.Phones.Add(new CustomerPhone { Number = number });
        foreach (var phone in customer.Phones) phone.IsPrimary = phone.Number == valid.Phones.FirstOrDefault();
    }
}
