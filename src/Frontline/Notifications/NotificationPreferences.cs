using System.Security.Claims;
using Frontline.Identity;

namespace Frontline.Notifications;

public sealed record NotificationChoice(NotificationKind Kind, string Label, bool ByEmail);

public sealed record NotificationPreferencesView(IReadOnlyList<NotificationChoice> Kinds);

/// <param name="ByEmail">Every kind that should also come by e-mail; the others come only in Frontline.</param>
public sealed record NotificationPreferencesInput(IReadOnlyList<NotificationKind>? ByEmail);

/// <summary>Which kinds of notification a person also gets by e-mail; every kind always shows under the bell.</summary>
public static class NotificationPreferences
{
    internal static async Task<Results<Ok<NotificationPreferencesView>, NotFound>> Get(
        ClaimsPrincipal user, FrontlineDb db, CancellationToken ct) =>
        Actor.Of(user).AgentId is { } me ? TypedResults.Ok(await LoadAsync(db, me, ct)) : TypedResults.NotFound();

    internal static async Task<Results<Ok<NotificationPreferencesView>, NotFound, ValidationProblem>> Put(
        NotificationPreferencesInput input, ClaimsPrincipal user, FrontlineDb db, CancellationToken ct)
    {
        if (Actor.Of(user).AgentId is not { } me) return TypedResults.NotFound();
        var saved = await SaveAsync(db, me, input, ct);
        return saved.Value is { } view ? TypedResults.Ok(view) : saved.Refused!.Problem();
    }

    public static async Task<NotificationPreferencesView> LoadAsync(FrontlineDb db, long agentId, CancellationToken ct)
    {
        var byEmail = await db.Set<NotificationPreference>().Where(p => p.AgentId == agentId).Select(p => p.Kind)
            .ToListAsync(ct);
        return new(NotificationKinds.All.Select(k => new NotificationChoice(k, NotificationKinds.Label(k),
            byEmail.Contains(k))).ToList());
    }

    /// <summary>Replaces the person's choice with <paramref name="input"/>'s whole list.</summary>
    public static async Task<Outcome<NotificationPreferencesView>> SaveAsync(
        FrontlineDb db, long agentId, NotificationPreferencesInput input, CancellationToken ct)
    {
        var errors = new Errors();
        if (input.ByEmail is null) errors.Add("byEmail",
            "Is required: the kinds to get by e-mail (an empty list for none).");
        foreach (var kind in input.ByEmail ?? []) errors.Known<NotificationKind>("byEmail", kind);
        if (errors.Any) return errors;
        var wanted = input.ByEmail!.Distinct().ToList();
        var rows = db.Set<NotificationPreference>();
        var held = await rows.Where(p => p.AgentId == agentId).ToListAsync(ct);
        rows.RemoveRange(held.Where(p => !wanted.Contains(p.Kind)));
        rows.AddRange(wanted.Except(held.Select(p => p.Kind))
            .Select(k => new NotificationPreference { AgentId = agentId, Kind = k }));
        await db.SaveChangesAsync(ct);
        return await LoadAsync(db, agentId, ct);
    }
}
