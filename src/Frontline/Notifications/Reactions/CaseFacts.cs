using Frontline.Cases;

namespace Frontline.Notifications.Reactions;

/// <summary>What a notification says of a case: its number and subject, and who holds it.</summary>
internal sealed record CaseFacts(long Id, string Subject, long? AssigneeId, long? TeamId)
{
    public string Words => $"case {Case.NumberOf(Id)} “{Subject}”";

    public string Link => $"/cases/{Id}";

    public static Task<CaseFacts?> LoadAsync(FrontlineDb db, long caseId, CancellationToken ct) =>
        db.Cases.AsNoTracking().Where(c => c.Id == caseId)
            .Select(c => new CaseFacts(c.Id, c.Subject, c.AssigneeId, c.TeamId)).FirstOrDefaultAsync(ct);

    /// <summary>A person's name as colleagues know it, else whoever the event says acted.</summary>
    public static async Task<string> NameAsync(FrontlineDb db, long? agentId, string fallback, CancellationToken ct) =>
        agentId is { } id && await db.Users.Where(a => a.Id == id).Select(a => a.DisplayName).FirstOrDefaultAsync(ct) is { Length: > 0 } name
            ? name
            : fallback is { Length: > 0 } ? fallback : "Frontline";
}
