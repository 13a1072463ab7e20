using Frontline.Cases;
using Frontline.Events;

namespace Frontline.Queues;

[EventType("sla-target.saved",
    Description = "A manager set the first-response and resolution targets for a priority (and category).")]
public sealed record SlaTargetSaved(long TargetId, long? CategoryId, CasePriority Priority, double FirstResponseHours,
    double ResolutionHours) : IEvent;

[EventType("team-calendar.saved", Description = "A manager set a team's time zone, working hours, days and holidays.")]
public sealed record TeamCalendarSaved(long TeamId, string TimeZone, TimeOnly Opens, TimeOnly Closes, string WorkingDays,
    int Holidays) : IEvent;
