using Frontline.Customers;

namespace Frontline.Tests.Customers;

public sealed class CustomerClockTests
{
    [Theory]
    [InlineData("2026-11-25T14:04:00Z", "Europe/Berlin", "2026-11-25 15:04 CET")]
    [InlineData("2026-07-01T22:30:00Z", "Europe/Berlin", "2026-07-02 00:30 CEST")]
    [InlineData("2026-11-25T14:04:00Z", "America/New_York", "2026-11-25 09:04 EST")]
    [InlineData("2026-11-25T14:04:00Z", "Not/AZone", "2026-11-25 14:04 UTC")]
    public void A_moment_is_shown_on_the_customers_own_clock_with_their_zone_then(string utc, string zone, string shown) =>
        CustomerClock.Text(DateTime.Parse(utc, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal), zone)
            .ShouldBe(shown);
}
