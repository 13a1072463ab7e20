using Frontline.Identity;
using Microsoft.Extensions.Time.Testing;

namespace Frontline.Tests.Identity;

public sealed class SignInThrottleTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Past_its_limit_an_address_waits_a_minute_from_any_source_whether_or_not_it_exists()
    {
        var throttle = new SignInThrottle(new SignInLimits(FailuresPerAddress: 3, FailuresPerSource: 100), _clock);

        for (var i = 0; i < 3; i++) throttle.Failed("Someone@Example.com", $"10.0.0.{i}");

        throttle.Allows("someone@example.com ", "10.0.0.9").ShouldBeFalse();
        throttle.Allows("other@example.com", "10.0.0.1").ShouldBeTrue();
        _clock.Advance(TimeSpan.FromMinutes(1));
        throttle.Allows("someone@example.com", "10.0.0.9").ShouldBeTrue();
    }

    [Fact]
    public void Past_its_limit_a_source_waits_a_minute_for_every_address()
    {
        var throttle = new SignInThrottle(new SignInLimits(FailuresPerAddress: 100, FailuresPerSource: 4), _clock);

        for (var i = 0; i < 4; i++) throttle.Failed($"person{i}@example.com", "192.0.2.7");

        throttle.Allows("new@example.com", "192.0.2.7").ShouldBeFalse();
        throttle.Allows("new@example.com", "192.0.2.8").ShouldBeTrue();
        _clock.Advance(TimeSpan.FromSeconds(61));
        throttle.Allows("new@example.com", "192.0.2.7").ShouldBeTrue();
    }
}
