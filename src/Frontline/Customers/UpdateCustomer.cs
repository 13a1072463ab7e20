namespace Frontline.Customers;

public static class UpdateCustomer
{
    internal static async Task<Results<Ok<CustomerDetails>, NotFound, ValidationProblem, ProblemHttpResult>> Handle(
        long id, CustomerInput input, FrontlineDb db, TimeProvider clock, CancellationToken ct)
    {
        var customer = await db.Customers.Include(c => c.Emails).Include(c => c.Phones).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (customer is null) return TypedResults.NotFound();
        var errors = new Errors();
        var valid = input.Check(errors);
        if (errors.Any) return errors.Problem();
        if (await ContactConflicts.FindAsync(db, valid, exceptCustomerId: id, ct) is { } conflict) return conflict;

        CreateCustomer.Apply(customer, valid, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok((await CustomerDetails.LoadAsync(db, id, ct))!);
    }
}
