namespace Frontline.Identity;

/// <summary>
/// The teams someone acts in: a person's teams (also for a key acting for them), or the one team of a service
/// account. Grants to a team and a lead's inbox follow from these.
/// </summary>
public static class ActingTeams
{
    /// <summary>The actor's teams, the lowest id first: a request or gesture of theirs belongs to the first.</summary>
    public static async Task<List<long>> OfAsync(FrontlineDb db, Actor actor, CancellationToken ct)
    {
        if (actor.ServiceAccountId is { } account)
            return await db.ServiceAccounts.Where(s => s.Id == account).Select(s => s.TeamId).ToListAsync(ct);
        if (actor.AgentId is { } agent)
            return await db.TeamMembers.Where(m => m.AgentId == agent).OrderBy(m => m.TeamId).Select(m => m.TeamId).ToListAsync(ct);
        return [];
    }

    public const string KeyForNobody =
        "This API key acts for nobody, so it may neither raise nor decide approval requests: "
        + "ask an admin to issue a new key that acts for a person or a service account.";
}
