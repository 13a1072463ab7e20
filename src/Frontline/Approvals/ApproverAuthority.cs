using Frontline.Authority;
using Frontline.Identity;

namespace Frontline.Approvals;

/// <summary>
/// An approver grants within their own sandbox too: a team lead approves up to their own limits, and what they
/// approve counts against their budget; a manager decides beyond any sandbox.
/// </summary>
internal static class ApproverAuthority
{
    public static async Task<AuthorityCheck> CheckAsync(FrontlineDb db, ApprovalRequest request, string gesture, Money amount, Actor approver, DateTime now,
        CancellationToken ct)
    {
        var tier = await db.Customers.Where(c => c.Id == request.CustomerId).Select(c => c.LoyaltyTier).FirstAsync(ct);
        var verb = await db.GestureKinds.Where(k => k.Code == gesture).Select(k => k.Verb).FirstOrDefaultAsync(ct) ?? gesture;
        var sandbox = await Sandbox.ForAsync(db, approver, now, ct);
        return EffectiveAuthority.Check(sandbox, new GestureRequest(gesture, amount, request.CategoryId, tier), verb);
    }
}
