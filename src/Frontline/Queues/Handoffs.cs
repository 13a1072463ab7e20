namespace Frontline.Queues;

public sealed record HandoffView(long Id, DateTime At, string? From, string? FromTeam, string? To, string? ToTeam, string By, string How);

/// <summary>The owners a case has passed through, oldest first.</summary>
public static class Handoffs
{
    internal static async Task<Results<Ok<List<HandoffView>>, NotFound>> OfCase(long id, FrontlineDb db, CancellationToken ct) =>
        await db.Cases.AnyAsync(c => c.Id == id, ct) ? TypedResults.Ok(await ListAsync(db, id, ct)) : TypedResults.NotFound();

    public static Task<List<HandoffView>> ListAsync(FrontlineDb db, long caseId, CancellationToken ct) =>
        db.CaseHandoffs.AsNoTracking().Where(h => h.CaseId == caseId).OrderBy(h => h.At).ThenBy(h => h.Id)
            .Select(h => new HandoffView(h.Id, h.At,
                db.Users.Where(u => u.Id == h.FromAgentId).Select(u => u.DisplayName).FirstOrDefault(),
                db.Teams.Where(t => t.Id == h.FromTeamId).Select(t => t.Name).FirstOrDefault(),
                db.Users.Where(u => u.Id == h.ToAgentId).Select(u => u.DisplayName).FirstOrDefault(),
                db.Teams.Where(t => t.Id == h.ToTeamId).Select(t => t.Name).FirstOrDefault(), h.By, h.How))
            .ToListAsync(ct);
}
