using Frontline.Customers;
using Frontline.Touchpoints;

namespace Frontline.Guidelines;

/// <summary>What a condition of a guideline looks at: the case, its asset and its customer.</summary>
public enum Fact
{
    DaysSinceWarrantyEnd, ProductSku, ProductKind, PurchaseChannel, CustomerTier, TenureYears, LifetimeValue, AssetCount,
    Channel, DaysUntilDeadline,
}

public enum Comparison { Is, IsNot, Below, AtMost, Above, AtLeast, OneOf }

/// <summary>One test of a fact; numbers compare as numbers, words without regard to case. OneOf takes a comma-separated list.</summary>
public sealed record Condition(Fact Fact, Comparison Is, string Value);

/// <summary>A gesture an empowered person may grant beyond the default, with the amount the guideline suggests.</summary>
public sealed record DiscretionaryGesture(string Gesture, decimal? SuggestedAmount, string? Note);

/// <summary>
/// The written way to handle a kind of case: when it applies, the default outcome, the gestures and
/// alternatives to offer, and who may approve more. It never ends in a bare "no".
/// </summary>
public sealed record GuidelineContent(
    IReadOnlyList<Condition> When, string DefaultOutcome, IReadOnlyList<DiscretionaryGesture> Gestures,
    IReadOnlyList<string> Alternatives, string Approver)
{
    /// <summary>The same content with every list present (JSON may leave one out): empty lists, never null ones.</summary>
    public GuidelineContent Complete() => this with
    {
        When = When ?? [],
        Gestures = Gestures ?? [],
        Alternatives = Alternatives ?? [],
        DefaultOutcome = DefaultOutcome ?? "",
    };
}

/// <summary>The facts of one case, as a guideline's conditions see them.</summary>
public sealed record CaseFacts(
    int? DaysSinceWarrantyEnd, string? ProductSku, string? ProductKind, PurchaseChannel? PurchaseChannel, LoyaltyTier CustomerTier,
    int TenureYears, decimal LifetimeValue, int AssetCount, Channel Channel, int? DaysUntilDeadline)
{
    public object? Value(Fact fact) => fact switch
    {
        Fact.DaysSinceWarrantyEnd => DaysSinceWarrantyEnd,
        Fact.ProductSku => ProductSku,
        Fact.ProductKind => ProductKind,
        Fact.PurchaseChannel => PurchaseChannel?.ToString(),
        Fact.CustomerTier => CustomerTier.ToString(),
        Fact.TenureYears => TenureYears,
        Fact.LifetimeValue => LifetimeValue,
        Fact.AssetCount => AssetCount,
        Fact.Channel => Channel.ToString(),
        Fact.DaysUntilDeadline => DaysUntilDeadline,
        _ => null,
    };

    public static bool IsNumeric(Fact fact) => fact is Fact.DaysSinceWarrantyEnd or Fact.TenureYears or Fact.LifetimeValue
        or Fact.AssetCount or Fact.DaysUntilDeadline;
}
