using System.Security.Claims;
using Frontline.Events;

namespace Frontline.Identity;

public sealed record ServiceAccountInput(string? Name, long? TeamId, string? Description, bool? ChangesCustomerData);

public sealed record ServiceAccountView(
    long Id, string Name, long TeamId, string Team, string? Description, bool ChangesCustomerData, DateTime CreatedAt,
    DateTime? DeactivatedAt);

/// <summary>Integrations that act as members of one team; admins create, change and deactivate them.</summary>
public static class ServiceAccounts
{
    internal static async Task<Ok<List<ServiceAccountView>>> List(FrontlineDb db, CancellationToken ct) =>
        TypedResults.Ok(await ListAsync(db, ct));

    public static Task<List<ServiceAccountView>> ListAsync(FrontlineDb db, CancellationToken ct) =>
        Project(db, db.ServiceAccounts.AsNoTracking().OrderBy(s => s.Name)).ToListAsync(ct);

    internal static async Task<Results<Created<ServiceAccountView>, ValidationProblem>> Create(
        ServiceAccountInput input, ClaimsPrincipal user, FrontlineDb db, TimeProvider clock, CancellationToken ct)
    {
        var (errors, view) = await SaveAsync(db, null, input, Actor.Of(user), clock.GetUtcNow().UtcDateTime, ct);
        return view is null ? errors.Problem() : TypedResults.Created($"/api/v1/service-accounts/{view.Id}", view);
    }

    internal static async Task<Results<Ok<ServiceAccountView>, NotFound, ValidationProblem>> Update(
        long id, ServiceAccountInput input, ClaimsPrincipal user, FrontlineDb db, TimeProvider clock, CancellationToken ct)
    {
        if (!await db.ServiceAccounts.AnyAsync(s => s.Id == id, ct)) return TypedResults.NotFound();
        var (errors, view) = await SaveAsync(db, id, input, Actor.Of(user), clock.GetUtcNow().UtcDateTime, ct);
        return view is null ? errors.Problem() : TypedResults.Ok(view);
    }

    /// <summary>Its keys stop working at once; its past requests keep its name.</summary>
    internal static async Task<Results<NoContent, NotFound>> Deactivate(
        long id, ClaimsPrincipal user, FrontlineDb db, TimeProvider clock, CancellationToken ct) =>
        await DeactivateAsync(db, id, Actor.Of(user), clock.GetUtcNow().UtcDateTime, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    /// <summary>Deactivates an account; doing it again changes nothing and publishes nothing.</summary>
    public static async Task<bool> DeactivateAsync(FrontlineDb db, long id, Actor by, DateTime now,
        CancellationToken ct)
    {
        var account = await db.ServiceAccounts.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (account is null) return false;
        if (account.DeactivatedAt is not null) return true;
        account.DeactivatedAt = now;
        db.Publish(by, now, Changed(account));
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Creates (no id) or changes a service account; a team is required, a name is unique.</summary>
    public static async Task<(Errors Errors, ServiceAccountView? View)> SaveAsync(
        FrontlineDb db, long? id, ServiceAccountInput input, Actor by, DateTime now, CancellationToken ct)
    {
        var errors = new Errors();
        var name = errors.Text("name", input.Name, 100);
        var description = errors.Text("description", input.Description, 500, required: false);
        var teamId = errors.Required("teamId", input.TeamId);
        if (input.TeamId is not null && !await db.Teams.AnyAsync(t => t.Id == teamId, ct)) errors.Add("teamId",
            $"There is no team {teamId}.");
        if (name.Length > 0 && await db.ServiceAccounts.AnyAsync(s => s.Name == name && s.Id != id, ct))
            errors.Add("name", $"A service account named {name} exists.");
        if (errors.Any) return (errors, null);
        var account = id is { } existing
            ? await db.ServiceAccounts.FirstAsync(s => s.Id == existing, ct)
            : db.ServiceAccounts.Add(new ServiceAccount { Name = name, CreatedAt = now }).Entity;
        account.Name = name;
        account.TeamId = teamId;
        account.Description = description.Length > 0 ? description : null;
        account.ChangesCustomerData = input.ChangesCustomerData ?? false;
        await db.SaveAndPublishAsync(by, now, () => Changed(account), ct);
        return (errors, await Project(db, db.ServiceAccounts.Where(s => s.Id == account.Id)).FirstAsync(ct));
    }

    private static ServiceAccountChanged Changed(ServiceAccount s) =>
        new(s.Id, s.Name, s.TeamId, s.ChangesCustomerData, s.DeactivatedAt is null);

    private static IQueryable<ServiceAccountView> Project(FrontlineDb db, IQueryable<ServiceAccount> accounts) =>
        accounts.Select(s => new ServiceAccountView(s.Id, s.Name, s.TeamId, db.Teams.Where(t => t.Id == s.TeamId).Select(t => t.Name).First(),
            s.Description, s.ChangesCustomerData, s.CreatedAt, s.DeactivatedAt));
}
