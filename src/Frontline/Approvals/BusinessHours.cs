using NodaTime;

namespace Frontline.Approvals;

/// <summary>A team's working time: its zone, opening hours, working days and holidays.</summary>
public sealed record WorkingCalendar(string TimeZone, LocalTime Opens, LocalTime Closes, IReadOnlySet<IsoDayOfWeek> Days, IReadOnlySet<LocalDate> Holidays)
{
    public static readonly IReadOnlySet<IsoDayOfWeek> MondayToFriday = new HashSet<IsoDayOfWeek>
        { IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday };

    /// <summary>Monday to Friday, 09:00 to 17:00, no holidays.</summary>
    public static WorkingCalendar Standard(string timeZone) => new(timeZone, new(9, 0), new(17, 0), MondayToFriday, new HashSet<LocalDate>());

    /// <summary>A calendar that could never reach a working moment is not a calendar: the standard one stands in.</summary>
    public WorkingCalendar Usable => Days.Count > 0 && Opens < Closes ? this : Standard(TimeZone);

    public bool IsWorkingDay(LocalDate date) => Days.Contains(date.DayOfWeek) && !Holidays.Contains(date);
}

/// <summary>
/// Working hours in a team's calendar (by default Monday to Friday, 09:00 to 17:00 in its time zone), and the due
/// time of an approval: a working day from now, but no later than the last working moment a day before the
/// customer's own deadline, and never after the deadline.
/// </summary>
public static class BusinessHours
{
    /// <summary>When an approval is due, and whether the customer's deadline left too little working time for the usual day.</summary>
    public sealed record ApprovalDue(DateTime DueBy, bool Urgent);

    public static DateTime AddWorkingHours(DateTime utc, double hours, string timeZone) => AddWorkingHours(utc, hours, WorkingCalendar.Standard(timeZone));

    public static DateTime AddWorkingHours(DateTime utc, double hours, WorkingCalendar calendar)
    {
        calendar = calendar.Usable;
        var (opens, closes) = (calendar.Opens, calendar.Closes);
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(calendar.TimeZone) ?? DateTimeZone.Utc;
        var local = Instant.FromDateTimeUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).InZone(zone).LocalDateTime;
        var left = Duration.FromHours(hours);
        while (true)
        {
            if (calendar.IsWorkingDay(local.Date) && local.TimeOfDay < closes)
            {
                if (local.TimeOfDay < opens) local = local.Date + opens;
                var untilClose = Period.Between(local, local.Date + closes, PeriodUnits.Ticks).ToDuration();
                if (left <= untilClose) return (local + Period.FromTicks(left.BclCompatibleTicks)).InZoneLeniently(zone).ToDateTimeUtc();
                left -= untilClose;
            }
            local = local.Date.PlusDays(1) + opens;
        }
    }

    /// <summary>
    /// When an approval is due, inside the approver's working hours and before the customer's deadline: a working day
    /// from now, or the last working moment a day before the deadline if that is sooner (and at least a working hour
    /// away). When that leaves no room, it is due by the last working moment before the deadline, or, when no working
    /// time is left before the deadline, at the earliest working moment; both are marked urgent.
    /// </summary>
    public static ApprovalDue DueBy(DateTime nowUtc, DateTime? customerDeadlineUtc, WorkingCalendar calendar, double workingHours = 8)
    {
        var due = AddWorkingHours(nowUtc, workingHours, calendar);
        if (customerDeadlineUtc is not { } deadline) return new(due, Urgent: false);
        var soonest = AddWorkingHours(nowUtc, 1, calendar);
        var dayBefore = LastWorkingMomentAtOrBefore(deadline.AddDays(-1), calendar);
        if (dayBefore < due) due = dayBefore;
        if (due >= soonest) return new(due, Urgent: false);
        var earliest = AddWorkingHours(nowUtc, 0, calendar);
        var lastBeforeDeadline = LastWorkingMomentAtOrBefore(deadline, calendar);
        // working time is left before the deadline: due within it, as late as a working hour from now allows
        if (earliest < deadline && lastBeforeDeadline > earliest)
            return new(lastBeforeDeadline < soonest ? lastBeforeDeadline : soonest, Urgent: true);
        return new(earliest, Urgent: true);
    }

    /// <summary>The latest moment within working hours at or before <paramref name="utc"/>, in the zone.</summary>
    public static DateTime LastWorkingMomentAtOrBefore(DateTime utc, string timeZone) => LastWorkingMomentAtOrBefore(utc, WorkingCalendar.Standard(timeZone));

    public static DateTime LastWorkingMomentAtOrBefore(DateTime utc, WorkingCalendar calendar)
    {
        calendar = calendar.Usable;
        var (opens, closes) = (calendar.Opens, calendar.Closes);
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(calendar.TimeZone) ?? DateTimeZone.Utc;
        var local = Instant.FromDateTimeUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).InZone(zone).LocalDateTime;
        while (true)
        {
            if (calendar.IsWorkingDay(local.Date) && local.TimeOfDay >= opens)
                return (local.TimeOfDay <= closes ? local : local.Date + closes).InZoneLeniently(zone).ToDateTimeUtc();
            local = local.Date.PlusDays(-1) + closes;
        }
    }
}
