using Frontline.Customers;

namespace Frontline.Tests.Customers;

public sealed class WarrantyStatusTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    [Fact]
    public void A_remote_whose_warranty_ended_23_days_ago_is_out_of_warranty_by_23_days()
    {
        var status = WarrantyStatus.Of(Today.AddDays(-23), Today);

        status.ShouldBe(new WarrantyStatus(true, false, 23, "out of warranty by 23 days"));
    }

    [Theory]
    [InlineData(0, "in warranty, ends today")]
    [InlineData(1, "in warranty, 1 day left")]
    [InlineData(-1, "out of warranty by 1 day")]
    [InlineData(90, "in warranty, 90 days left")]
    public void The_text_says_how_far_from_the_end(int daysToEnd, string text) =>
        WarrantyStatus.Of(Today.AddDays(daysToEnd), Today).Text.ShouldBe(text);

    [Fact]
    public void Without_an_end_date_there_is_no_warranty() =>
        WarrantyStatus.Of(null, Today).ShouldBe(new WarrantyStatus(false, false, 0, "no warranty"));

    [Fact]
    public void The_customers_today_depends_on_their_time_zone()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 23, 30, 0, TimeSpan.Zero));

        CustomerClock.Today(clock, "Asia/Kuala_Lumpur").ShouldBe(new DateOnly(2026, 11, 25));
        CustomerClock.Today(clock, "America/New_York").ShouldBe(new DateOnly(2026, 11, 24));
    }
}
