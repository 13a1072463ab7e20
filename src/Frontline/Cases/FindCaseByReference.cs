namespace Frontline.Cases;

/// <summary>A case by the reference customers quote ("C-000508"), as integrations and the search box know it.</summary>
public static class FindCaseByReference
{
    internal static async Task<Results<Ok<CaseView>, NotFound, ValidationProblem>> Handle(
        string reference, FrontlineDb db, CancellationToken ct)
    {
        if (Case.IdOf(reference) is not { } id)
        {
            var errors = new Errors();
            errors.Add("reference", $"'{reference}' is not a case reference such as C-000042.");
            return errors.Problem();
        }
        return await CaseView.LoadAsync(db, id, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();
    }
}
