using Microsoft.AspNetCore.Identity;

namespace Frontline.Identity;

/// <summary>A person who signs in to Frontline: an agent, team lead, manager or admin.</summary>
public sealed class Agent : IdentityUser<long>
{
    public string DisplayName { get; set; } = "";
    public bool IsActive { get; set; } = true;
    public DateTime CreatedAt { get; set; }
}

/// <summary>A group of agents that shares a queue and a calendar: data, not an enum.</summary>
public sealed class Team
{
    public long Id { get; set; }
    public required string Name { get; set; }
    public string TimeZone { get; set; } = "UTC";
    /// <summary>The team's working hours and days; SLAs and approvals count only working time.</summary>
    public TimeOnly Opens { get; set; } = new(9, 0);
    public TimeOnly Closes { get; set; } = new(17, 0);
    /// <summary>ISO day numbers, Monday = 1: "1,2,3,4,5".</summary>
    public string WorkingDays { get; set; } = "1,2,3,4,5";
    /// <summary>A deactivated team keeps its history but takes no new cases, grants or members.</summary>
    public bool IsActive { get; set; } = true;
    public List<TeamMember> Members { get; set; } = [];
    public List<TeamHoliday> Holidays { get; set; } = [];
}

/// <summary>A day the team does not work, whatever the weekday.</summary>
public sealed class TeamHoliday
{
    public long Id { get; set; }
    public long TeamId { get; set; }
    public DateOnly Date { get; set; }
    public required string Name { get; set; }
}

public sealed class TeamMember
{
    public long TeamId { get; set; }
    public long AgentId { get; set; }
    public Agent? Agent { get; set; }
    /// <summary>When round-robin last gave this member a case: the member waiting longest is next.</summary>
    public DateTime? LastAssignedAt { get; set; }
}
