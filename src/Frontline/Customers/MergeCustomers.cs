using System.Security.Claims;
using System.Text.Json;
using Frontline.Approvals;
using Frontline.Events;
using Frontline.Identity;
using Frontline.Touchpoints;

namespace Frontline.Customers;

public sealed record MergeInput(long? DuplicateId);

public sealed record MergeView(long Id, long SurvivorId, long MergedId, string MergedName, int CasesMoved,
    int TouchpointsMoved, int AssetsMoved,
    string MergedBy, DateTime MergedAt);

/// <summary>
/// Two records of one person become one: the duplicate's addresses, numbers, assets, cases, touchpoints, gestures and
/// approval requests (and chat sessions) move to the survivor; nothing is lost, and the merge is audited with the duplicate as it was.
/// </summary>
public static class MergeCustomers
{
    internal static async Task<Results<Ok<MergeView>, NotFound, ValidationProblem, ProblemHttpResult>> Handle(
        long id, MergeInput input, ClaimsPrincipal user, FrontlineDb db, TimeProvider clock, CancellationToken ct) =>
        (await RunAsync(db, id, input, Actor.Of(user), clock.GetUtcNow().UtcDateTime, ct)).ToOk();

    internal static async Task<Ok<List<MergeView>>> List(long id, FrontlineDb db,
        CancellationToken ct) => TypedResults.Ok(await HistoryAsync(db, id, ct));

    /// <summary>The merges into a customer, oldest first.</summary>
    public static Task<List<MergeView>> HistoryAsync(FrontlineDb db, long survivorId, CancellationToken ct) =>
        db.CustomerMerges.AsNoTracking().Where(m => m.SurvivorId == survivorId).OrderBy(m => m.Id).Select(m => new MergeView(m.Id,
            m.SurvivorId, m.MergedId, m.MergedName, m.CasesMoved, m.TouchpointsMoved, m.AssetsMoved, m.MergedBy, m.MergedAt)).ToListAsync(ct);

    public static async Task<Outcome<MergeView>> RunAsync(FrontlineDb db, long survivorId, MergeInput input,
        Actor actor, DateTime now, CancellationToken ct)
    {
        var survivor = await db.Customers.Include(c => c.Emails).Include(c => c.Phones)
            .FirstOrDefaultAsync(c => c.Id == survivorId, ct);
        if (survivor is null) return Outcome<MergeView>.NotFound();
        var errors = new Errors();
        var duplicateId = errors.Required("duplicateId", input.DuplicateId);
        if (input.DuplicateId == survivorId) errors.Add("duplicateId", "A customer cannot be merged into themselves.");
        var duplicate = input.DuplicateId is null || errors.Any ? null
            : await db.Customers.Include(c => c.Emails).Include(c => c.Phones).FirstOrDefaultAsync(c => c.Id == duplicateId, ct);
        if (input.DuplicateId is not null && !errors.Any && duplicate is null) errors.Add("duplicateId",
            $"There is no customer {duplicateId}.");
        if (errors.Any) return errors;

        return await db.InTransactionAsync(async () =>
        {
            var snapshot = JsonSerializer.Serialize(new
            {
                duplicate!.Name, duplicate.TimeZone, duplicate.LoyaltyTier, duplicate.CustomerSince, duplicate.LifetimeValue, duplicate.Currency,
                duplicate.LoyaltyPoints, Emails = duplicate.Emails.Select(e => e.Address), Phones = duplicate.Phones.Select(p => p.Number), duplicate.CreatedAt,
            });
            var cases = await db.Cases.Where(c => c.CustomerId == duplicateId)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.CustomerId, survivorId), ct);
            var touchpoints = await db.Touchpoints.Where(t => t.CustomerId == duplicateId)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.CustomerId, survivorId), ct);
            var assets = await db.Assets.Where(a => a.CustomerId == duplicateId)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.CustomerId, survivorId), ct);
            await db.Gestures.Where(g => g.CustomerId == duplicateId)
                .ExecuteUpdateAsync(s => s.SetProperty(g => g.CustomerId, survivorId), ct);
            await db.ApprovalRequests.Where(r => r.CustomerId == duplicateId)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.CustomerId, survivorId), ct);
            // an open chat goes on speaking for the survivor
            await db.ChatSessions.Where(s => s.CustomerId == duplicateId)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.CustomerId, survivorId), ct);
            foreach (var email in duplicate.Emails) survivor.Emails.Add(new CustomerEmail { Address = email.Address });
            foreach (var phone in duplicate.Phones.Where(p => survivor.Phones.All(s => s.Number != p.Number)))
                survivor.Phones.Add(new CustomerPhone { Number = phone.Number });
            await db.CustomerFactChanges.Where(f => f.CustomerId == duplicateId)
                .ExecuteUpdateAsync(s => s.SetProperty(f => f.CustomerId, survivorId), ct);
            var (tier, value, since) = (survivor.LoyaltyTier, survivor.LifetimeValue, survivor.CustomerSince);
            survivor.LifetimeValue += duplicate.Currency == survivor.Currency ? duplicate.LifetimeValue : 0;
            survivor.LoyaltyPoints += duplicate.LoyaltyPoints;
            survivor.LoyaltyTier = (LoyaltyTier)Math.Max((int)survivor.LoyaltyTier, (int)duplicate.LoyaltyTier);
            if (duplicate.CustomerSince < survivor.CustomerSince) survivor.CustomerSince = duplicate.CustomerSince;
            // a merge can raise a tier as surely as an edit can: the merger is recorded as having changed it
            CustomerFacts.Record(db, survivorId, null, CustomerFacts.Tier, tier, survivor.LoyaltyTier, actor, now);
            CustomerFacts.Record(db, survivorId, null, CustomerFacts.LifetimeValue, value, survivor.LifetimeValue,
                actor, now);
            CustomerFacts.Record(db, survivorId, null, CustomerFacts.CustomerSince, since, survivor.CustomerSince,
                actor, now);
            survivor.UpdatedAt = now;
            db.Customers.Remove(duplicate);
            // the addresses must leave the duplicate before the survivor takes them: they are unique
            await db.SaveChangesAsync(ct);
            var merge = new CustomerMerge
            {
                SurvivorId = survivorId, MergedId = duplicate.Id, MergedName = duplicate.Name, MergedSnapshot = snapshot, CasesMoved = cases,
                TouchpointsMoved = touchpoints, AssetsMoved = assets, MergedById = actor.AgentId, MergedBy = actor.Name, MergedAt = now,
            };
            db.CustomerMerges.Add(merge);
            db.Publish(actor, now, new CustomerMerged(survivorId, duplicate.Id));
            db.RecordTouchpoint(actor, now, new Touchpoint
            {
                CustomerId = survivorId, Channel = Channel.WebForm, Direction = Direction.Internal, OccurredAt = now, RecordedAt = now,
                Author = actor.Name, AuthorAgentId = actor.AgentId,
                Body = $"{actor.Name} merged customer {duplicate.Id} ({duplicate.Name}) into this one: {cases} cases, {touchpoints} touchpoints, {assets} assets moved.",
            });
            await db.SaveChangesAsync(ct);
            return (Outcome<MergeView>)new MergeView(merge.Id, survivorId, merge.MergedId, merge.MergedName, cases,
                touchpoints, assets, merge.MergedBy, now);
        }, ct);
    }
}
