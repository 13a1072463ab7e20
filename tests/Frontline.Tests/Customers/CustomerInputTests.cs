using Frontline.Api;
using Frontline.Customers;
using Microsoft.Extensions.Time.Testing;

namespace Frontline.Tests.Customers;

public sealed class CustomerInputTests
{
    private static CustomerInput Since(DateOnly day) =>
        new("Ada Clock", ["ada.clock@example.com"], null, null, null, day, null, null, null);

    [Fact]
    public void A_customer_since_tomorrow_is_judged_by_the_apps_clock_not_the_machines()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2031, 5, 10, 12, 0, 0, TimeSpan.Zero));
        var inTheMachinesFuture = new Errors();
        var tooFar = new Errors();

        Since(new DateOnly(2031, 5, 11)).Check(inTheMachinesFuture, clock, PhoneRegion.Default);
        Since(new DateOnly(2031, 5, 12)).Check(tooFar, clock, PhoneRegion.Default);

        inTheMachinesFuture.Any.ShouldBeFalse();
        tooFar.ToDictionary().Keys.ShouldBe(["customerSince"]);
    }
}
