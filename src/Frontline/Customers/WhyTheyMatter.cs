namespace Frontline.Customers;

/// <summary>The one line on why a customer matters, so the agent sees it before anything else.</summary>
public static class WhyTheyMatter
{
    /// <param name="unit">What the loyalty balance counts: "miles" for a flyer, "points" otherwise.</param>
    public static string Of(long loyaltyPoints, string unit, int devices, int tenureYears, Common.Money lifetimeValue,
        LoyaltyTier tier)
    {
        var reasons = new List<string>();
        if (loyaltyPoints >= 1_000_000) reasons.Add($"{loyaltyPoints / 1_000_000.0:0.#} million {unit}");
        else if (loyaltyPoints >= 100_000) reasons.Add($"{loyaltyPoints:N0} {unit}");
        if (devices >= 5) reasons.Add($"{devices} devices on record");
        if (tenureYears >= 10) reasons.Add($"a customer for {tenureYears} years");
        if (lifetimeValue.Amount >= 10_000) reasons.Add($"lifetime value {lifetimeValue}");
        if (reasons.Count == 0 && tier >= LoyaltyTier.Gold) reasons.Add($"{tier} member");
        return reasons.Count == 0 ? "A customer like every other: make the first contact count." : string.Join(" · ",
            reasons.Take(3));
    }
}
