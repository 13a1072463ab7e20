namespace Frontline.Customers;

public enum LoyaltyTier { Standard, Silver, Gold, Platinum }

/// <summary>The person, household or company served. Everything else hangs off a customer.</summary>
public sealed class Customer
{
    public long Id { get; set; }
    public required string Name { get; set; }
    /// <summary>The name in lower case, for fragment search.</summary>
    public string SearchName { get; set; } = "";
    /// <summary>IANA time zone, e.g. Europe/Berlin.</summary>
    public required string TimeZone { get; set; }
    public LoyaltyTier LoyaltyTier { get; set; }
    public DateOnly CustomerSince { get; set; }
    public decimal LifetimeValue { get; set; }
    public string Currency { get; set; } = "EUR";
    /// <summary>Loyalty balance in the programme's unit (miles for an airline, points for a shop).</summary>
    public long LoyaltyPoints { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public List<CustomerEmail> Emails { get; set; } = [];
    public List<CustomerPhone> Phones { get; set; } = [];
    public List<Asset> Assets { get; set; } = [];

    public void Rename(string name)
    {
        Name = name;
        SearchName = name.ToLowerInvariant();
    }
}

public sealed class CustomerEmail
{
    public long Id { get; set; }
    public long CustomerId { get; set; }
    /// <summary>Normalised: trimmed and lower case.</summary>
    public required string Address { get; set; }
    public bool IsPrimary { get; set; }
}

public sealed class CustomerPhone
{
    public long Id { get; set; }
    public long CustomerId { get; set; }
    /// <summary>E.164, e.g. +4930123456.</summary>
    public required string Number { get; set; }
    public bool IsPrimary { get; set; }
}
