namespace Frontline.Identity;

/// <summary>The four roles, from the front line up. Sign-in rights, not the sandbox of authority.</summary>
public static class Roles
{
    public const string Agent = "Agent";
    public const string TeamLead = "TeamLead";
    public const string Manager = "Manager";
    public const string Admin = "Admin";

    public static readonly IReadOnlyList<string> All = [Agent, TeamLead, Manager, Admin];

    /// <summary>The roles at or above <paramref name="role"/>.</summary>
    public static string[] AtLeast(string role) => All.Skip(Rank(role)).ToArray();

    public static int Rank(string role)
    {
        var i = All.ToList().FindIndex(r => string.Equals(r, role, StringComparison.OrdinalIgnoreCase));
        return i >= 0 ? i : throw new ArgumentException($"Unknown role '{role}'.", nameof(role));
    }

    /// <summary>A role as people say it: "team lead", never "TeamLead". The one place roles get their words.</summary>
    public static string InWords(string? role) => role switch
    {
        Agent => "agent",
        TeamLead => "team lead",
        Manager => "manager",
        Admin => "admin",
        _ => role ?? "",
    };

    public static string? Parse(string? value) =>
        All.FirstOrDefault(r => string.Equals(r, value?.Replace(" ", "").Replace("-", ""), StringComparison.OrdinalIgnoreCase));
}

/// <summary>Authorization policies, named by the lowest role that passes.</summary>
public static class Policies
{
    public const string FrontLine = "frontline";
    public const string TeamLead = "team-lead";
    public const string Manager = "manager";
    public const string Admin = "admin";
}
