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

        var due = BusinessHours.DueBy(now, flight, WorkingCalendar.Standard("Asia/Kuala_Lumpur"));

        due.DueBy.ShouldBeLessThanOrEqualTo(flight);
        // a day before the flight has passed: a working hour from now (17:00 in Kuala Lumpur), never after it
        due.ShouldBe(new BusinessHours.ApprovalDue(now.AddHours(1), Urgent: true));
    }

    [Fact]
    public void A_monday_morning_flight_makes_the_approval_due_on_friday_afternoon()
    {
        var wednesday = Utc("2026-11-25T09:00:00Z");
        var mondayFlight = Utc("2026-11-30T07:00:00Z"); // 08:00 in Berlin

        var due = BusinessHours.DueBy(wednesday, mondayFlight, WorkingCalendar.Standard("Europe/Berlin"), workingHours: 40);

        // Friday 17:00 in Berlin, not Sunday morning
        due.ShouldBe(new BusinessHours.ApprovalDue(Utc("2026-11-27T16:00:00Z"), Urgent: false));
    }

    [Theory]
    [InlineData("2026-11-29T10:00:00Z", "2026-11-27T16:00:00Z")] // Sunday: Friday's close
    [InlineData("2026-11-24T06:00:00Z", "2026-11-23T16:00:00Z")] // Tuesday 07:00 local: Monday's close
    [InlineData("2026-11-24T12:00:00Z", "2026-11-24T12:00:00Z")] // inside working hours: itself
    public void The_last_working_moment_is_found_backwards(string from, string expected) =>
        BusinessHours.LastWorkingMomentAtOrBefore(Utc(from), "Europe/Berlin").ShouldBe(Utc(expected));

    [Fact]
    public void Without_a_deadline_an_approval_is_due_in_one_working_day() =>
        BusinessHours.DueBy(Utc("2026-11-24T09:00:00Z"), null, WorkingCalendar.Standard("UTC"))
            .ShouldBe(new BusinessHours.ApprovalDue(Utc("2026-11-24T17:00:00Z"), Urgent: false));

    [Fact]
    public void A_same_day_deadline_before_the_store_opens_is_due_inside_its_hours_and_urgent()
    {
        var early = Utc("2026-11-24T06:00:00Z"); // 07:00 in Berlin; the store opens at 09:00
        var afternoon = Utc("2026-11-24T14:00:00Z"); // the customer needs the answer by 15:00

        var due = BusinessHours.DueBy(early, afternoon, WorkingCalendar.Standard("Europe/Berlin"));

        // a working hour after opening, not "now + 1 h" (08:00, before anyone is there)
        due.ShouldBe(new BusinessHours.ApprovalDue(Utc("2026-11-24T09:00:00Z"), Urgent: true));
    }

    [Fact]
    public void A_deadline_before_any_working_time_is_due_at_the_next_opening_and_urgent()
    {
        var evening = Utc("2026-11-24T20:00:00Z"); // 21:00 in Berlin
        var dawn = Utc("2026-11-25T05:00:00Z"); // 06:00 tomorrow, before the store opens

        var due = BusinessHours.DueBy(evening, dawn, WorkingCalendar.Standard("Europe/Berlin"));

        due.ShouldBe(new BusinessHours.ApprovalDue(Utc("2026-11-25T08:00:00Z"), Urgent: true));
    }

    [Fact]
    public void A_due_time_follows_the_approvers_own_hours_and_holidays()
    {
        var friday = Utc("2026-11-27T16:00:00Z"); // 17:00 in Berlin; this store works Saturdays 10:00-14:00
        var calendar = new WorkingCalendar("Europe/Berlin", new(10, 0), new(14, 0),
            new HashSet<NodaTime.IsoDayOfWeek> { NodaTime.IsoDayOfWeek.Saturday }, new HashSet<NodaTime.LocalDate>());

        var due = BusinessHours.DueBy(friday, null, calendar, workingHours: 2);

        due.ShouldBe(new BusinessHours.ApprovalDue(Utc("2026-11-28T11:00:00Z"), Urgent: false));
    }
}
