using Frontline.Approvals;

namespace Frontline.Tests.Approvals;

public sealed class BusinessHoursTests
{
    private static DateTime Utc(string s) => DateTime.Parse(s).ToUniversalTime();

    [Theory]
    [InlineData("2026-11-24T10:00:00Z", 2, "Europe/London", "2026-11-24T12:00:00Z")]
    [InlineData("2026-11-24T16:00:00Z", 2, "Europe/London", "2026-11-25T10:00:00Z")]
    [InlineData("2026-11-27T16:00:00Z", 8, "Europe/London", "2026-11-30T16:00:00Z")] // Friday afternoon, over the weekend
    [InlineData("2026-11-24T20:00:00Z", 1, "Asia/Kuala_Lumpur", "2026-11-25T02:00:00Z")] // 04:00 local: from 09:00 local
    public void Working_hours_skip_nights_and_weekends_in_the_teams_zone(string from, double hours, string zone, string expected) =>
        BusinessHours.AddWorkingHours(Utc(from), hours, zone).ShouldBe(Utc(expected));

    [Fact]
    public void An_approval_is_due_a_day_before_the_flight_when_a_working_day_would_be_later()
    {
        var now = Utc("2026-11-24T08:00:00Z");
        var flight = Utc("2026-11-25T01:40:00Z");

        var due = BusinessHours.DueBy(now, flight, "Asia/Kuala_Lumpur");

        due.ShouldBeLessThanOrEqualTo(flight);
        due.ShouldBe(now.AddHours(1)); // a day before the flight has passed: as soon as possible, never after it
    }

    [Fact]
    public void A_monday_morning_flight_makes_the_approval_due_on_friday_afternoon()
    {
        var wednesday = Utc("2026-11-25T09:00:00Z");
        var mondayFlight = Utc("2026-11-30T07:00:00Z"); // 08:00 in Berlin

        var due = BusinessHours.DueBy(wednesday, mondayFlight, "Europe/Berlin", workingHours: 40);

        due.ShouldBe(Utc("2026-11-27T16:00:00Z")); // Friday 17:00 in Berlin, not Sunday morning
    }

    [Theory]
    [InlineData("2026-11-29T10:00:00Z", "2026-11-27T16:00:00Z")] // Sunday: Friday's close
    [InlineData("2026-11-24T06:00:00Z", "2026-11-23T16:00:00Z")] // Tuesday 07:00 local: Monday's close
    [InlineData("2026-11-24T12:00:00Z", "2026-11-24T12:00:00Z")] // inside working hours: itself
    public void The_last_working_moment_is_found_backwards(string from, string expected) =>
        BusinessHours.LastWorkingMomentAtOrBefore(Utc(from), "Europe/Berlin").ShouldBe(Utc(expected));

    [Fact]
    public void Without_a_deadline_an_approval_is_due_in_one_working_day() =>
        BusinessHours.DueBy(Utc("2026-11-24T09:00:00Z"), null, "UTC").ShouldBe(Utc("2026-11-24T17:00:00Z"));
}
