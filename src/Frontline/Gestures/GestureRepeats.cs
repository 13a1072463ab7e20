using Frontline.Cases;

namespace Frontline.Gestures;

/// <summary>An earlier gesture of the same kind on the same case: when, by whom, how much.</summary>
public sealed record EarlierGrant(string Kind, string KindName, DateTime GrantedAt, string GrantedBy, Money Amount);

/// <summary>
/// The guards that keep a gesture from being given by accident: none on a closed case, and the same kind twice on
/// one case only with a reason for granting it again.
/// </summary>
public static class GestureRepeats
{
    public const string ClosedCase =
        "This case is closed: no gesture can be given on it. Reopen it first if the customer still needs one.";

    public static Task<bool> IsClosedAsync(FrontlineDb db, long caseId, CancellationToken ct) =>
        db.Cases.AnyAsync(c => c.Id == caseId && c.Status == CaseStatus.Closed, ct);

    /// <summary>The first gesture of this kind already in the ledger for this case, if any.</summary>
    public static async Task<EarlierGrant?> EarlierAsync(FrontlineDb db, long caseId, string kind, CancellationToken ct)
    {
        var earlier = await db.Gestures.AsNoTracking().Where(g => g.CaseId == caseId && g.Kind == kind)
            .OrderBy(g => g.GrantedAt).ThenBy(g => g.Id)
            .Select(g => new { g.GrantedAt, g.GrantedBy, g.Amount, g.Currency }).FirstOrDefaultAsync(ct);
        return earlier is null ? null : new EarlierGrant(kind, await NameOfAsync(db, kind, ct), earlier.GrantedAt,
            earlier.GrantedBy, new Money(earlier.Amount, earlier.Currency));
    }

    /// <summary>A gesture kind in plain words ("fee waiver"), as people and customers read it.</summary>
    public static async Task<string> NameOfAsync(FrontlineDb db, string kind, CancellationToken ct) =>
        (await db.GestureKinds.AsNoTracking().Where(k => k.Code == kind).Select(k => k.Name).FirstOrDefaultAsync(ct)
            ?? kind).ToLowerInvariant();

    public static string AlreadyGranted(EarlierGrant earlier) =>
        $"A {earlier.KindName} of {earlier.Amount} was already granted on this case on "
        + $"{earlier.GrantedAt:yyyy-MM-dd} by {earlier.GrantedBy}: say why it is granted again.";

    /// <summary>
    /// Refuses a repeat without a reason (naming <c>grantAgainReason</c>); returns the reason given, or "".
    /// </summary>
    public static async Task<string> CheckAgainAsync(FrontlineDb db, long caseId, string kind, string? againReason,
        Errors errors, CancellationToken ct)
    {
        var again = errors.Text("grantAgainReason", againReason, 2000, required: false);
        if (kind.Length == 0 || await EarlierAsync(db, caseId, kind, ct) is not { } earlier) return "";
        if (again.Length == 0) errors.Add("grantAgainReason", AlreadyGranted(earlier));
        return again;
    }
}
