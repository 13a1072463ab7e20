using System.Security.Claims;
using Frontline.Customers;
using Frontline.Events;
using Frontline.Identity;

namespace Frontline.Knowledge;

public sealed record PriceInput(string? Code, string? Name, PriceKind? Kind, decimal? Amount, string? Currency,
    DateOnly? ValidFrom, DateOnly? ValidTo);

public sealed record PriceView(long Id, string Code, string Name, PriceKind Kind, Money Price, DateOnly ValidFrom,
    DateOnly? ValidTo)
{
    public static PriceView Of(PriceItem p) => new(p.Id, p.Code, p.Name, p.Kind, new Money(p.Amount, p.Currency),
        p.ValidFrom, p.ValidTo);
}

/// <summary>The price list: one price per code and currency on any day, so every channel quotes the same.</summary>
public static class PriceList
{
    internal static async Task<Ok<List<PriceView>>> Valid(DateOnly? on, FrontlineDb db, TimeProvider clock,
        CancellationToken ct) =>
        TypedResults.Ok((await ValidOnAsync(db, on ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), ct)).Select(PriceView.Of).ToList());

    public static async Task<List<PriceItem>> ValidOnAsync(FrontlineDb db, DateOnly day, CancellationToken ct) =>
        await db.PriceItems.AsNoTracking().Where(p => p.ValidFrom <= day && (p.ValidTo == null || day <= p.ValidTo))
            .OrderBy(p => p.Code).ThenBy(p => p.Currency).ToListAsync(ct);

    internal static async Task<Results<Created<PriceView>, ValidationProblem>> Create(
        PriceInput input, ClaimsPrincipal user, FrontlineDb db, TimeProvider clock, CancellationToken ct)
    {
        var added = await AddAsync(db, input, Actor.Of(user), clock.GetUtcNow().UtcDateTime, ct);
        return added.Value is { } item ? TypedResults.Created($"/api/v1/knowledge/prices/{item.Id}",
            item) : added.Refused!.Problem();
    }

    /// <summary>A new line on the list; refused when it would give one code two prices in one currency on any day.</summary>
    public static async Task<Outcome<PriceView>> AddAsync(FrontlineDb db, PriceInput input, Actor actor, DateTime now,
        CancellationToken ct)
    {
        var errors = new Errors();
        var code = errors.Text("code", input.Code, 64).ToUpperInvariant();
        var name = errors.Text("name", input.Name, 200);
        var kind = errors.Required("kind", input.Kind);
        errors.Known("kind", input.Kind);
        errors.Required("amount", input.Amount);
        errors.Amount("amount", input.Amount, 0, 10_000_000m);
        var currency = input.Currency?.Trim().ToUpperInvariant() ?? "";
        if (!Money.IsCurrency(currency)) errors.Add("currency", "Must be a three-letter ISO 4217 code such as EUR.");
        var from = errors.Required("validFrom", input.ValidFrom);
        errors.Date("validFrom", input.ValidFrom, new DateOnly(2000, 1, 1), new DateOnly(2100, 1, 1));
        if (input.ValidTo is { } to && to < from) errors.Add("validTo", "Must not be before validFrom.");
        var end = input.ValidTo ?? DateOnly.MaxValue;
        if (!errors.Any && await db.PriceItems.AnyAsync(p => p.Code == code && p.Currency == currency
                && p.ValidFrom <= end && (p.ValidTo == null || from <= p.ValidTo), ct))
            errors.Add("validFrom", $"{code} already has a {currency} price in part of this period: end that one first.");
        if (errors.Any) return errors;
        var item = new PriceItem
        {
            Code = code, Name = name, Kind = kind, Amount = input.Amount!.Value,
            Currency = currency, ValidFrom = from, ValidTo = input.ValidTo
        };
        db.PriceItems.Add(item);
        await db.SaveAndPublishAsync(actor, now,
            () => new PriceAdded(item.Id, item.Code, item.Amount, item.Currency, item.ValidFrom, item.ValidTo), ct);
        return PriceView.Of(item);
    }
}
