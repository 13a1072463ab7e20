using System.Globalization;
using NodaTime;

namespace Frontline.Customers;

/// <summary>Time as the customer lives it: their calendar day, and a moment on their own clock.</summary>
public static class CustomerClock
{
    public static DateOnly Today(TimeProvider clock, string timeZone) =>
        Instant.FromDateTimeOffset(clock.GetUtcNow()).InZone(Zone(timeZone)).Date.ToDateOnly();

    /// <summary>"2026-11-25 15:04 CET": a UTC moment on the customer's clock, with their zone's abbreviation then.</summary>
    public static string Text(DateTime utc, string timeZone)
    {
        var zoned = Instant.FromDateTimeUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).InZone(Zone(timeZone));
        return string.Create(CultureInfo.InvariantCulture, $"{zoned.LocalDateTime:yyyy'-'MM'-'dd HH':'mm} {zoned.GetZoneInterval().Name}");
    }

    private static DateTimeZone Zone(string timeZone) => DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZone) ?? DateTimeZone.Utc;
}
