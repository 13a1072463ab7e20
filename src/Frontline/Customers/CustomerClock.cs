using NodaTime;

namespace Frontline.Customers;

/// <summary>The calendar day it is where the customer lives.</summary>
public static class CustomerClock
{
    public static DateOnly Today(TimeProvider clock, string timeZone)
    {
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZone) ?? DateTimeZone.Utc;
        return Instant.FromDateTimeOffset(clock.GetUtcNow()).InZone(zone).Date.ToDateOnly();
    }
}
