using Frontline.Identity;

namespace Frontline.Demo;

/// <summary>One demo person per role, printed when the demo starts.</summary>
public static class DemoUsers
{
    public const string Password = "Frontline-demo-1";

    /// <summary>Who the demo data is written by, in the event log.</summary>
    public static readonly Actor Seeder = new(null, null, "Demo data", Roles.Admin);

    public static readonly IReadOnlyList<(string Email, string Name, string Role, string Team)> All =
    [
        ("agent@frontline.demo", "Alex Agent", Roles.Agent, "Store Berlin Mitte"),
        ("lead@frontline.demo", "Lee Lead", Roles.TeamLead, "Store Berlin Mitte"),
        ("manager@frontline.demo", "Morgan Manager", Roles.Manager, "Contact Centre"),
        ("admin@frontline.demo", "Ada Admin", Roles.Admin, "Contact Centre"),
    ];
}
