using Frontline.Data;
using Frontline.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Cli;

/// <summary>What every command does before its own work: apply migrations, make sure the roles exist.</summary>
internal static class Startup
{
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FrontlineDb>();
        await db.Database.MigrateAsync(ct);
        await AgentAccounts.EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole<long>>>());
    }

    public static string Describe(IServiceProvider services)
    {
        var database = services.GetRequiredService<DatabaseOptions>();
        return database.Provider == DatabaseProvider.Sqlite
            ? $"SQLite ({database.ConnectionString.Split(';')[0]})"
            : "PostgreSQL";
    }
}
