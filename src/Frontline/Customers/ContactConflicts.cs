namespace Frontline.Customers;

/// <summary>An e-mail address belongs to one customer only; saying so names the field and the owner.</summary>
internal static class ContactConflicts
{
    public static async Task<ProblemHttpResult?> FindAsync(FrontlineDb db, CustomerInput.Valid valid, long? exceptCustomerId, CancellationToken ct)
    {
        var taken = await db.CustomerEmails.AsNoTracking()
            .Where(e => valid.Emails.Contains(e.Address) && e.CustomerId != exceptCustomerId)
            .Select(e => new { e.Address, e.CustomerId }).ToListAsync(ct);
        if (taken.Count == 0) return null;
        var errors = taken.ToDictionary(
            t => $"emails[{valid.Emails.IndexOf(t.Address)}]",
            t => (object?)new[] { $"{t.Address} already belongs to customer {t.CustomerId}." });
        return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict,
            title: "An e-mail address already belongs to another customer.",
            extensions: new Dictionary<string, object?> { ["errors"] = errors });
    }
}
