using NodaTime;

namespace Frontline.Approvals;

/// <summary>
/// Working hours (Monday to Friday, 09:00 to 17:00) in a team's time zone, and the due time of an approval:
/// a working day from now, but no later than the last working moment a day before the customer's own
/// deadline, and never after the deadline.
/// </summary>
public static class BusinessHours
{
    private static readonly LocalTime Opens = new(9, 0);
    private static readonly LocalTime Closes = new(17, 0);

    public static DateTime AddWorkingHours(DateTime utc, double hours, string timeZone)
    {
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZone) ?? DateTimeZone.Utc;
        var local = Instant.FromDateTimeUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).InZone(zone).LocalDateTime;
        var left = Duration.FromHours(hours);
        while (true)
        {
            if (IsWorkingDay(local.Date) && local.TimeOfDay < Closes)
            {
                if (local.TimeOfDay < Opens) local = local.Date + Opens;
                var untilClose = Period.Between(local, local.Date + Closes, PeriodUnits.Ticks).ToDuration();
                if (left <= untilClose) return (local + Period.FromTicks(left.BclCompatibleTicks)).InZoneLeniently(zone).ToDateTimeUtc();
                left -= untilClose;
            }
            local = local.Date.PlusDays(1) + Opens;
        }
    }

    public static DateTime DueBy(DateTime nowUtc, DateTime? customerDeadlineUtc, string timeZone, double workingHours = 8)
    {
        var due = AddWorkingHours(nowUtc, workingHours, timeZone);
        if (customerDeadlineUtc is not { } deadline) return due;
        var beforeDeadline = LastWorkingMomentAtOrBefore(deadline.AddDays(-1), timeZone);
        if (beforeDeadline < due) due = beforeDeadline;
        if (due < nowUtc.AddHours(1)) due = nowUtc.AddHours(1);
        return due > deadline ? deadline : due;
    }

    /// <summary>The latest moment within working hours at or before <paramref name="utc"/>, in the zone.</summary>
    public static DateTime LastWorkingMomentAtOrBefore(DateTime utc, string timeZone)
    {
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZone) ?? DateTimeZone.Utc;
        var local = Instant.FromDateTimeUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).InZone(zone).LocalDateTime;
        while (true)
        {
            if (IsWorkingDay(local.Date) && local.TimeOfDay >= Opens)
                return (local.TimeOfDay <= Closes ? local : local.Date + Closes).InZoneLeniently(zone).ToDateTimeUtc();
            local = local.Date.PlusDays(-1) + Closes;
        }
    }

    private static bool IsWorkingDay(LocalDate date) => date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday);
}
