using System.Security.Claims;
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
        var customer = await db.Customers.Include(c => c.Emails).Include(c => c.Phones).FirstOrDefaultAsync(c => c.Id == id, ct);
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
        foreach (var (fact, before, after) in changed) CustomerFacts.Record(db, id, null, fact, before, after, actor, now);
        CreateCustomer.Apply(customer, valid, now);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok((await CustomerDetails.LoadAsync(db, id, ct))!);
    }
}
