namespace Frontline.Customers;

/// <summary>Where a purchase was made: it matters for warranty and for who may help.</summary>
public enum PurchaseChannel { OwnStore, Dealer, Online }

/// <summary>Something the customer owns or has booked: a device, a subscription, a flight ticket.</summary>
public sealed class Asset
{
    public long Id { get; set; }
    public long CustomerId { get; set; }
    public long ProductId { get; set; }
    public Product? Product { get; set; }
    /// <summary>Serial number, booking reference or contract number.</summary>
    public string? Reference { get; set; }
    public DateOnly PurchasedOn { get; set; }
    public PurchaseChannel PurchaseChannel { get; set; }
    /// <summary>The store, dealer or site where it was bought.</summary>
    public string? Seller { get; set; }
    public decimal Price { get; set; }
    public string Currency { get; set; } = "EUR";
    public DateOnly? WarrantyEndsOn { get; set; }
    /// <summary>When the service is delivered, e.g. the flight date; empty for goods.</summary>
    public DateOnly? ServiceDate { get; set; }

    public WarrantyStatus WarrantyOn(DateOnly today) => WarrantyStatus.Of(WarrantyEndsOn, today);
}

/// <summary>Warranty seen from one day: in it with days left, or out of it by so many days.</summary>
public sealed record WarrantyStatus(bool HasWarranty, bool InWarranty, int Days, string Text)
{
    public static WarrantyStatus Of(DateOnly? endsOn, DateOnly today)
    {
        if (endsOn is not { } end) return new(false, false, 0, "no warranty");
        var days = end.DayNumber - today.DayNumber;
        return days >= 0
            ? new(true, true, days, days == 0 ? "in warranty, ends today" : $"in warranty, {Plural(days)} left")
            : new(true, false, -days, $"out of warranty by {Plural(-days)}");
    }

    private static string Plural(int n) => n == 1 ? "1 day" : $"{n} days";
}

/// <summary>A product the company sells: data managed by managers, not an enum.</summary>
public sealed class Product
{
    public long Id { get; set; }
    public required string Sku { get; set; }
    public required string Name { get; set; }
    /// <summary>Free grouping such as "TV", "Accessory", "Flight".</summary>
    public required string Kind { get; set; }
    public int WarrantyMonths { get; set; }
}
