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
    public List<TeamMember> Members { get; set; } = [];
}

public sealed class TeamMember
{
    public long TeamId { get; set; }
    public long AgentId { get; set; }
    public Agent? Agent { get; set; }
}
