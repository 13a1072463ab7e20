namespace Frontline.Identity;

public static class PeopleInRole
{
    /// <summary>The ids of the active people who hold <paramref name="role"/>: who a request or a warning goes to.</summary>
    public static IQueryable<long> ActivePeopleInRole(this FrontlineDb db, string role) =>
        db.Users.Where(a => a.IsActive)
            .Where(a => db.UserRoles.Any(ur => ur.UserId == a.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)))
            .Select(a => a.Id);
}
