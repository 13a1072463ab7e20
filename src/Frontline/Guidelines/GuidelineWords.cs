namespace Frontline.Guidelines;

/// <summary>
/// A guideline's facts and comparisons as people read them: the one place these enums get their words.
/// </summary>
public static class GuidelineWords
{
    public static string Of(Fact fact) => fact switch
    {
        Fact.DaysSinceWarrantyEnd => "days since the warranty ended",
        Fact.ProductSku => "product code",
        Fact.ProductKind => "kind of product",
        Fact.PurchaseChannel => "where it was bought",
        Fact.CustomerTier => "customer's loyalty tier",
        Fact.TenureYears => "years as a customer",
        Fact.LifetimeValue => "customer's lifetime value",
        Fact.AssetCount => "products the customer owns",
        Fact.Channel => "channel",
        Fact.DaysUntilDeadline => "days until the customer's deadline",
        _ => fact.ToString(),
    };

    public static string Of(Comparison comparison) => comparison switch
    {
        Comparison.Is => "is",
        Comparison.IsNot => "is not",
        Comparison.Below => "below",
        Comparison.AtMost => "at most",
        Comparison.Above => "above",
        Comparison.AtLeast => "at least",
        Comparison.OneOf => "one of",
        _ => comparison.ToString(),
    };
}
