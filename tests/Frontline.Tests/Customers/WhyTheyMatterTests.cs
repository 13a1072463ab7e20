using Frontline.Api;
using Frontline.Customers;

namespace Frontline.Tests.Customers;

public sealed class WhyTheyMatterTests
{
    [Fact]
    public void The_two_million_mile_flyer_is_said_in_two_words() =>
        WhyTheyMatter.Of(2_000_000, "miles", 0, 28, new Money(412_000, "USD"), LoyaltyTier.Platinum)
            .ShouldBe("2 million miles · a customer for 28 years · lifetime value 412000.00 USD");

    [Fact]
    public void The_customer_with_many_devices_is_said_by_their_count() =>
        WhyTheyMatter.Of(0, "points", 14, 4, new Money(1_800, "EUR"), LoyaltyTier.Gold).ShouldBe("14 devices on record");

    [Fact]
    public void An_ordinary_customer_still_gets_a_line() =>
        WhyTheyMatter.Of(0, "points", 1, 1, new Money(50, "EUR"), LoyaltyTier.Standard).ShouldStartWith("A customer like every other");
}
