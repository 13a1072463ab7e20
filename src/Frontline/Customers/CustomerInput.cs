namespace Frontline.Customers;

/// <summary>What a caller may say about a customer, on create and on update.</summary>
public sealed record CustomerInput(
    string? Name,
    IReadOnlyList<string>? Emails,
    IReadOnlyList<string>? Phones,
    string? TimeZone,
    LoyaltyTier? LoyaltyTier,
    DateOnly? CustomerSince,
    decimal? LifetimeValue,
    string? Currency,
    long? LoyaltyPoints)
{
    internal sealed record Valid(string Name, List<string> Emails, List<string> Phones, string TimeZone,
        LoyaltyTier Tier,
        DateOnly? CustomerSince, decimal LifetimeValue, string Currency, long LoyaltyPoints);

    internal Valid Check(Errors errors, TimeProvider clock, PhoneRegion region)
    {
        var name = errors.Text("name", Name, 200);
        var emails = new List<string>();
        foreach (var (raw, i) in (Emails ?? []).Select((e, i) => (e, i)))
        {
            var email = ContactPoints.NormalizeEmail(raw);
            if (email is null) errors.Add($"emails[{i}]", $"'{raw}' is not an e-mail address.");
            else if (!emails.Contains(email)) emails.Add(email);
        }
        var phones = new List<string>();
        foreach (var (raw, i) in (Phones ?? []).Select((p, i) => (p, i)))
        {
            var phone = ContactPoints.NormalizePhone(raw, region);
            if (phone is null) errors.Add($"phones[{i}]", $"'{raw}' is not a phone number.");
            else if (!phones.Contains(phone)) phones.Add(phone);
        }
        if (emails.Count + phones.Count == 0 && Emails is not { Count: > 0 } && Phones is not { Count: > 0 })
            errors.Add("emails", "Give at least one e-mail address or phone number.");
        if (emails.Count > 10) errors.Add("emails", "At most 10 e-mail addresses.");
        if (phones.Count > 10) errors.Add("phones", "At most 10 phone numbers.");
        var zone = TimeZone?.Trim() is { Length: > 0 } z ? z : "UTC";
        if (!ContactPoints.IsTimeZone(zone)) errors.Add("timeZone",
            $"'{TimeZone}' is not an IANA time zone such as Europe/Berlin.");
        errors.Amount("lifetimeValue", LifetimeValue, 0, 1_000_000_000m);
        errors.Date("customerSince", CustomerSince, new DateOnly(1900, 1, 1),
            DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(1));
        var currency = Currency?.Trim().ToUpperInvariant() is { Length: > 0 } c ? c : "EUR";
        if (!Money.IsCurrency(currency)) errors.Add("currency", "Must be a three-letter ISO 4217 code such as EUR.");
        if (LoyaltyPoints is < 0) errors.Add("loyaltyPoints", "Must not be negative.");
        errors.Known("loyaltyTier", LoyaltyTier);
        return new(name, emails, phones, zone, LoyaltyTier ?? Customers.LoyaltyTier.Standard, CustomerSince,
            LifetimeValue ?? 0, currency, LoyaltyPoints ?? 0);
    }
}
