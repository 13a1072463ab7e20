using System.Security.Claims;
using Frontline.Events;
using Frontline.Identity;

namespace Frontline.Authority;

/// <param name="MayBeFree">Whether a gesture of this kind may cost nothing (a service on board); by default it may not.</param>
public sealed record GestureKindInput(string? Code, string? Name, string? Verb, bool? MayBeFree = null);

public sealed record GestureKindView(long Id, string Code, string Name, string Verb, bool IsBuiltIn, bool MayBeFree);

/// <summary>The kinds of gesture: the seven built in, and those a manager defines.</summary>
public static class GestureKinds
{
    public static async Task<Ok<List<GestureKindView>>> List(FrontlineDb db, CancellationToken ct) =>
        TypedResults.Ok(await db.GestureKinds.AsNoTracking().OrderBy(k => k.Id)
            .Select(k => new GestureKindView(k.Id, k.Code, k.Name, k.Verb, k.IsBuiltIn, k.MayBeFree)).ToListAsync(ct));

    public static async Task<Results<Created<GestureKindView>, ValidationProblem>> Create(GestureKindInput input,
        ClaimsPrincipal user, FrontlineDb db, TimeProvider clock, CancellationToken ct)
    {
        var errors = new Errors();
        var code = errors.Text("code", input.Code, 40).ToLowerInvariant();
        if (code.Length > 0 && !System.Text.RegularExpressions.Regex.IsMatch(code, "^[a-z][a-z0-9-]*$"))
            errors.Add("code", "Use lower-case letters, digits and hyphens, e.g. lounge-pass.");
        if (code.Length > 0 && await db.GestureKinds.AnyAsync(k => k.Code == code, ct)) errors.Add("code",
            $"A gesture kind '{code}' exists.");
        var name = errors.Text("name", input.Name, 100);
        var verb = errors.Text("verb", input.Verb, 100);
        if (errors.Any) return errors.Problem();
        var kind = new GestureKind { Code = code, Name = name, Verb = verb, MayBeFree = input.MayBeFree ?? false };
        db.GestureKinds.Add(kind);
        await db.SaveAndPublishAsync(Actor.Of(user), clock.GetUtcNow().UtcDateTime,
            () => new GestureKindAdded(kind.Id, kind.Code, kind.Name, kind.MayBeFree), ct);
        return TypedResults.Created($"/api/v1/gesture-kinds/{kind.Id}",
            new GestureKindView(kind.Id, kind.Code, kind.Name, kind.Verb, false, kind.MayBeFree));
    }

    /// <summary>
    /// Renames a kind or changes its verb and whether it may cost nothing. Its code stays: guidelines and grants name
    /// it.
    /// </summary>
    public static async Task<Results<Ok<GestureKindView>, NotFound, ValidationProblem>> Update(long id,
        GestureKindInput input, ClaimsPrincipal user, FrontlineDb db, TimeProvider clock, CancellationToken ct)
    {
        var kind = await db.GestureKinds.FirstOrDefaultAsync(k => k.Id == id, ct);
        if (kind is null) return TypedResults.NotFound();
        var errors = new Errors();
        if (input.Code is { } code && !string.Equals(code.Trim(), kind.Code, StringComparison.OrdinalIgnoreCase))
            errors.Add("code", "The code stays as it is: guidelines and grants name the kind by it.");
        var name = errors.Text("name", input.Name, 100);
        var verb = errors.Text("verb", input.Verb, 100);
        if (errors.Any) return errors.Problem();
        (kind.Name, kind.Verb, kind.MayBeFree) = (name, verb, input.MayBeFree ?? kind.MayBeFree);
        db.Publish(Actor.Of(user), clock.GetUtcNow().UtcDateTime,
            new GestureKindChanged(kind.Id, kind.Code, kind.Name, kind.MayBeFree));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new GestureKindView(kind.Id, kind.Code, kind.Name, kind.Verb, kind.IsBuiltIn,
            kind.MayBeFree));
    }
}
