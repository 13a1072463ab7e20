using System.Security.Claims;
using Frontline.Approvals;
using Frontline.Events;
using Frontline.Identity;
using NodaTime;

namespace Frontline.Queues;

public sealed record HolidayInput(DateOnly? Date, string? Name);

/// <param name="WorkingDays">ISO day numbers, Monday = 1.</param>
public sealed record CalendarInput(string? TimeZone, TimeOnly? Opens, TimeOnly? Closes, int[]? WorkingDays,
    HolidayInput[]? Holidays);

public sealed record HolidayView(DateOnly Date, string Name);

public sealed record CalendarView(long TeamId, string Team, string TimeZone, TimeOnly Opens, TimeOnly Closes,
    int[] WorkingDays, IReadOnlyList<HolidayView> Holidays);

/// <summary>Each team's working calendar (zone, hours, days, holidays): SLA due times and approvals count only its working time.</summary>
public static class TeamCalendars
{
    public const int MaxHolidays = 500;

    internal static async Task<Results<Ok<CalendarView>, NotFound>> Get(long id, FrontlineDb db,
        CancellationToken ct) =>
        await ViewAsync(db, id, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();

    internal static async Task<Results<Ok<CalendarView>, NotFound, ValidationProblem, ProblemHttpResult>> Put(long id,
        CalendarInput input, ClaimsPrincipal user, FrontlineDb db, TimeProvider clock, CancellationToken ct) =>
        (await SaveAsync(db, id, input, Actor.Of(user), clock.GetUtcNow().UtcDateTime, ct)).ToOk();

    /// <summary>The calendar cases of <paramref name="teamId"/> run on; without a team, Monday to Friday 09:00–17:00 UTC.</summary>
    public static async Task<WorkingCalendar> LoadAsync(FrontlineDb db, long? teamId, CancellationToken ct)
    {
        if (teamId is null) return WorkingCalendar.Standard("UTC");
        var team = await db.Teams.AsNoTracking().Where(t => t.Id == teamId)
            .Select(t => new { t.TimeZone, t.Opens, t.Closes, t.WorkingDays, Holidays = t.Holidays.Select(h => h.Date).ToList() }).FirstOrDefaultAsync(ct);
        if (team is null) return WorkingCalendar.Standard("UTC");
        return new WorkingCalendar(team.TimeZone, LocalTime.FromTimeOnly(team.Opens),
            LocalTime.FromTimeOnly(team.Closes),
            DaysOf(team.WorkingDays).Select(d => (IsoDayOfWeek)d).ToHashSet(), team.Holidays.Select(LocalDate.FromDateOnly).ToHashSet());
    }

    public static async Task<CalendarView?> ViewAsync(FrontlineDb db, long teamId, CancellationToken ct)
    {
        var team = await db.Teams.AsNoTracking().Include(t => t.Holidays).FirstOrDefaultAsync(t => t.Id == teamId, ct);
        return team is null ? null : new CalendarView(team.Id, team.Name, team.TimeZone, team.Opens, team.Closes,
            DaysOf(team.WorkingDays),
            [.. team.Holidays.OrderBy(h => h.Date).Select(h => new HolidayView(h.Date, h.Name))]);
    }

    public static async Task<Outcome<CalendarView>> SaveAsync(FrontlineDb db, long teamId, CalendarInput input,
        Actor actor, DateTime now, CancellationToken ct)
    {
        var team = await db.Teams.Include(t => t.Holidays).FirstOrDefaultAsync(t => t.Id == teamId, ct);
        if (team is null) return Outcome<CalendarView>.NotFound();
        var errors = new Errors();
        var zone = input.TimeZone?.Trim() ?? "";
        if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(zone) is null) errors.Add("timeZone",
            $"'{input.TimeZone}' is not an IANA time zone such as Europe/Berlin.");
        var opens = errors.Required("opens", input.Opens);
        var closes = errors.Required("closes", input.Closes);
        if (input.Opens is not null && input.Closes is not null && opens >= closes) errors.Add("closes",
            "Must be after the opening time.");
        var days = input.WorkingDays ?? [];
        if (days.Length == 0) errors.Add("workingDays", "Give at least one working day (1 = Monday … 7 = Sunday).");
        if (days.Any(d => d is < 1 or > 7)) errors.Add("workingDays", "Days are numbered 1 (Monday) to 7 (Sunday).");
        var holidays = input.Holidays ?? [];
        if (holidays.Length > MaxHolidays) errors.Add("holidays", $"At most {MaxHolidays} holidays.");
        for (var i = 0; i < holidays.Length && i < MaxHolidays; i++)
        {
            if (holidays[i] is null)
            {
                errors.Add($"holidays[{i}]", "Give a date and a name, not null.");
                continue;
            }
            if (holidays[i].Date is null) errors.Add($"holidays[{i}].date", "Required.");
            errors.Text($"holidays[{i}].name", holidays[i].Name, 100);
        }
        if (holidays.Where(h => h?.Date is not null).GroupBy(h => h.Date)
            .Any(g => g.Count() > 1)) errors.Add("holidays", "A day is listed twice.");
        if (errors.Any) return errors;

        (team.TimeZone, team.Opens, team.Closes, team.WorkingDays) = (zone, opens, closes,
            string.Join(',', days.Distinct().Order()));
        team.Holidays.Clear();
        team.Holidays.AddRange(holidays.Select(h => new TeamHoliday { Date = h.Date!.Value, Name = h.Name!.Trim() }));
        db.Publish(actor, now,
            new TeamCalendarSaved(team.Id, zone, opens, closes, team.WorkingDays, team.Holidays.Count));
        await db.SaveChangesAsync(ct);
        return (await ViewAsync(db, teamId, ct))!;
    }

    private static int[] DaysOf(string days) =>
        [.. days.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(d => int.TryParse(d, out var n) ? n : 0).Where(n => n is >= 1 and <= 7)];
}
