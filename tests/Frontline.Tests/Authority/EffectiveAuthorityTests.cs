using CsCheck;
using Frontline.Api;
using Frontline.Authority;
using Frontline.Customers;

namespace Frontline.Tests.Authority;

public sealed class EffectiveAuthorityTests
{
    private static GrantTerms FeeWaiver(decimal max, decimal? budget = null, decimal spent = 0, BudgetScope scope = BudgetScope.PerAgent) =>
        new(1, HolderKind.Role, "Agent", "fee-waiver", "waive fees", [], [], new Money(max, "EUR"),
            budget is null ? null : new Budget(budget.Value, BudgetPeriod.Week, scope), spent);

    private static GestureRequest Waive(decimal amount, string currency = "EUR") => new("fee-waiver", new Money(amount, currency), 3, LoyaltyTier.Gold);

    private static readonly Dictionary<long, string> CategoryNames = new() { [3] = "Change of booking", [4] = "Billing" };

    [Fact]
    public void The_sandbox_is_said_in_plain_words() =>
        EffectiveAuthority.Describe([FeeWaiver(50, 300, 120)], CategoryNames)
            .ShouldBe(["You may waive fees up to 50.00 EUR each in every category; 180.00 EUR of your 300.00 EUR this week is left."]);

    [Fact]
    public void Each_line_names_its_categories_and_a_permission_held_twice_reads_once()
    {
        var role = FeeWaiver(50) with { CategoryIds = [4, 3] };
        var team = role with { Id = 2, HolderKind = HolderKind.Team, Holder = "team Berlin" };

        EffectiveAuthority.Describe([role, team], CategoryNames)
            .ShouldBe(["You may waive fees up to 50.00 EUR each in Billing and Change of booking."]);
    }

    [Theory]
    [InlineData(50, true, "Within your authority")]
    [InlineData(60, false, "above your limit of 50.00 EUR each")]
    public void A_request_is_covered_up_to_the_limit_per_gesture(decimal amount, bool covered, string reason)
    {
        var check = EffectiveAuthority.Check([FeeWaiver(50)], Waive(amount), "waive fees");

        check.Covered.ShouldBe(covered);
        check.Reason.ShouldContain(reason);
    }

    [Fact]
    public void A_request_beyond_what_is_left_of_the_budget_is_not_covered()
    {
        var check = EffectiveAuthority.Check([FeeWaiver(50, 300, 280)], Waive(40), "waive fees");

        check.Covered.ShouldBeFalse();
        check.Reason.ShouldContain("20.00 EUR of your 300.00 EUR this week is left");
    }

    [Fact]
    public void Another_currency_or_category_is_not_covered()
    {
        var inCategory = FeeWaiver(50) with { CategoryIds = [9] };

        EffectiveAuthority.Check([FeeWaiver(50)], Waive(10, "USD"), "waive fees").Covered.ShouldBeFalse();
        EffectiveAuthority.Check([inCategory], Waive(10), "waive fees").Covered.ShouldBeFalse();
    }

    [Fact]
    public void Role_team_and_own_grants_together_cover_what_any_one_of_them_covers()
    {
        Gen.Select(Gen.Decimal[0, 200], Gen.Decimal[0, 200], Gen.Decimal[0, 300]).Sample((roleMax, ownMax, amount) =>
        {
            amount = decimal.Round(amount, 2);
            var role = FeeWaiver(decimal.Round(roleMax, 2));
            var own = FeeWaiver(decimal.Round(ownMax, 2)) with { Id = 2, HolderKind = HolderKind.Agent };
            var together = EffectiveAuthority.Check([role, own], Waive(amount), "waive fees").Covered;
            return together == (EffectiveAuthority.Check([role], Waive(amount), "waive fees").Covered
                || EffectiveAuthority.Check([own], Waive(amount), "waive fees").Covered);
        });
    }

    [Theory]
    [InlineData("2026-11-25T10:00:00Z", BudgetPeriod.Day, "2026-11-25")]
    [InlineData("2026-11-25T10:00:00Z", BudgetPeriod.Week, "2026-11-23")]
    [InlineData("2026-11-29T23:00:00Z", BudgetPeriod.Week, "2026-11-23")]
    [InlineData("2026-11-25T10:00:00Z", BudgetPeriod.Month, "2026-11-01")]
    public void Periods_start_on_the_day_the_monday_and_the_first(string now, BudgetPeriod period, string start) =>
        EffectiveAuthority.PeriodStart(period, DateTime.Parse(now).ToUniversalTime()).ShouldBe(DateTime.Parse(start + "T00:00:00Z").ToUniversalTime());
}
