namespace Frontline.Cases;

public static class GetCase
{
    internal static async Task<Results<Ok<CaseView>, NotFound>> Handle(long id, FrontlineDb db, CancellationToken ct) =>
        await CaseView.LoadAsync(db, id, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();
}
