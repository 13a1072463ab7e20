using Frontline.Data;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Components.Authority;

/// <summary>The names the authority editor shows for ids: gesture kinds, categories, teams and agents.</summary>
public sealed record GrantLookups(
    IReadOnlyDictionary<string, string> Kinds, IReadOnlyDictionary<long, string> Categories, IReadOnlyDictionary<long, string> Teams,
    IReadOnlyDictionary<long, string> Agents)
{
    public static readonly GrantLookups Empty = new(new Dictionary<string, string>(), new Dictionary<long, string>(),
        new Dictionary<long, string>(), new Dictionary<long, string>());

    public static async Task<GrantLookups> LoadAsync(FrontlineDb db) => new(
        await db.GestureKinds.AsNoTracking().OrderBy(k => k.Id).ToDictionaryAsync(k => k.Code, k => k.Name),
        await db.Categories.AsNoTracking().OrderBy(c => c.Name).ToDictionaryAsync(c => c.Id, c => c.Name),
        await db.Teams.AsNoTracking().OrderBy(t => t.Name).ToDictionaryAsync(t => t.Id, t => t.Name),
        await db.Users.AsNoTracking().Where(a => a.IsActive).OrderBy(a => a.DisplayName).ToDictionaryAsync(a => a.Id, a => a.DisplayName));
}
