using System.Globalization;
using System.Security.Claims;
using Frontline.Events;
using Frontline.Identity;

namespace Frontline.Customers;

/// <summary>
/// Replaces a customer's details. The facts that decide authority (tier, lifetime value, customer since) keep their
/// value when left out; changing one needs <see cref="CustomerFacts.MayChangeAsync"/>, and every change is recorded.
/// </summary>
public static class UpdateCustomer
{
    internal static async Task<Results<Ok<CustomerDetails>, NotFound, ValidationProblem, ProblemHttpResult>> Handle(
        long id, CustomerInput input, ClaimsPrincipal user, FrontlineDb db, TimeProvider clock, PhoneRegion region,
        CancellationToken ct)
    {
        var customer = await db.Customers.Include(c => c.Emails).Include(c => c.Phones)
            .FirstOrDefaultAsync(c => c.Id == id, ct);
        if (customer is null) return TypedResults.NotFound();
        var errors = new Errors();
        var valid = input.Check(errors, clock, region) with
        {
            Tier = input.LoyaltyTier ?? customer.LoyaltyTier,
            CustomerSince = input.CustomerSince ?? customer.CustomerSince,
            LifetimeValue = input.LifetimeValue ?? customer.LifetimeValue,
        };
        if (errors.Any) return errors.Problem();
        var actor = Actor.Of(user);
        var changed = new List<(string Fact, object Before, object After)>
        {
            (CustomerFacts.Tier, customer.LoyaltyTier, valid.Tier),
            (CustomerFacts.LifetimeValue, customer.LifetimeValue, valid.LifetimeValue),
            (CustomerFacts.CustomerSince, customer.CustomerSince, valid.CustomerSince!.Value),
        }.Where(c => !c.Before.Equals(c.After)).ToList();
        if (changed.Count > 0 && !await CustomerFacts.MayChangeAsync(db, actor, ct))
        {
            foreach (var (fact, _, _) in changed) errors.Add(fact, CustomerFacts.NotEntitled);
            return errors.Problem();
        }
        if (await ContactConflicts.FindAsync(db, valid, exceptCustomerId: id, ct) is { } conflict) return conflict;

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (fact, before, after) in changed) CustomerFacts.Record(db, id, null, fact, before, after, actor,
            now);
        var was = Fields(customer);
        CreateCustomer.Apply(customer, valid, now);
        var fields = Fields(customer).Where(f => was[f.Key] != f.Value).Select(f => f.Key).ToList();
        // a save that changes nothing is no fact
        if (fields.Count > 0) db.Publish(actor, now, new CustomerUpdated(id, fields));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok((await CustomerDetails.LoadAsync(db, id, ct))!);
    }

    /// <summary>Each field as the API names it, with its value as text, to tell which ones an update changed.</summary>
    private static Dictionary<string, string> Fields(Customer c) => new()
    {
        ["name"] = c.Name, ["timeZone"] = c.TimeZone, [CustomerFacts.Tier] = c.LoyaltyTier.ToString(),
        [CustomerFacts.CustomerSince] = c.CustomerSince.ToString("O", CultureInfo.InvariantCulture),
        [CustomerFacts.LifetimeValue] = c.LifetimeValue.ToString("0.00", CultureInfo.InvariantCulture),
        ["currency"] = c.Currency, ["loyaltyPoints"] = c.LoyaltyPoints.ToString(CultureInfo.InvariantCulture),
        ["emails"] = string.Join(",", c.Emails.OrderByDescending(e => e.IsPrimary).Select(e => e.Address)),
        ["phones"] = string.Join(",", c.Phones.OrderByDescending(p => p.IsPrimary).Select(p => p.Number)),
    };
}
