using Frontline.Api;
using Frontline.Customers;
using Frontline.Guidelines;
using Frontline.Touchpoints;

namespace Frontline.Tests.Guidelines;

public sealed class GuidelineRulesTests
{
    private static readonly CaseFacts Remote = new(23, "TV-REMOTE", "Accessory", PurchaseChannel.OwnStore, LoyaltyTier.Gold, 14, 18_400m, 14,
        Channel.StoreVisit, null);

    [Theory]
    [InlineData(Fact.DaysSinceWarrantyEnd, Comparison.AtMost, "30", true)]
    [InlineData(Fact.DaysSinceWarrantyEnd, Comparison.Below, "23", false)]
    [InlineData(Fact.AssetCount, Comparison.AtLeast, "10", true)]
    [InlineData(Fact.CustomerTier, Comparison.OneOf, "gold, platinum", true)]
    [InlineData(Fact.PurchaseChannel, Comparison.IsNot, "Dealer", true)]
    [InlineData(Fact.ProductKind, Comparison.Is, "accessory", true)]
    [InlineData(Fact.LifetimeValue, Comparison.Above, "20000", false)]
    [InlineData(Fact.DaysUntilDeadline, Comparison.AtMost, "7", false)] // no deadline: the condition cannot hold
    public void A_condition_holds_as_written(Fact fact, Comparison comparison, string value, bool holds) =>
        GuidelineRules.Holds(new Condition(fact, comparison, value), Remote).ShouldBe(holds);

    [Fact]
    public void A_guideline_applies_only_when_all_its_conditions_hold()
    {
        var content = new GuidelineContent([new(Fact.DaysSinceWarrantyEnd, Comparison.AtMost, "30"), new(Fact.AssetCount, Comparison.AtLeast, "5")],
            "Sell a new remote", [new("free-replacement", 29, null)], [], "TeamLead");

        GuidelineRules.Applies(content, Remote).ShouldBeTrue();
        GuidelineRules.Applies(content, Remote with { AssetCount = 2 }).ShouldBeFalse();
    }

    [Fact]
    public void A_guideline_with_nothing_to_offer_is_refused_saying_what_is_missing()
    {
        var errors = new Errors();

        GuidelineCheck.Check(new GuidelineContent([], "Charge the fee", [], [], "TeamLead"), new HashSet<string> { "fee-waiver" }, errors);

        errors.ToDictionary().Keys.ShouldBe(["content.alternatives"]);
        errors.ToDictionary()["content.alternatives"][0].ShouldContain("never leave an agent with only a no");
    }

    [Fact]
    public void A_guideline_is_checked_field_by_field()
    {
        var errors = new Errors();

        GuidelineCheck.Check(new GuidelineContent([new(Fact.AssetCount, Comparison.AtLeast, "many"), new(Fact.ProductSku, Comparison.Above, "X")], "",
            [new("teleport", -1, null)], [" "], "Agent"), new HashSet<string> { "fee-waiver" }, errors);

        errors.ToDictionary().Keys.ShouldBe(["content.defaultOutcome", "content.when[0].value", "content.when[1].is",
            "content.gestures[0].gesture", "content.gestures[0].suggestedAmount", "content.alternatives[0]", "content.approver"], ignoreOrder: true);
    }
}
