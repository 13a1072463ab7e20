using Microsoft.Extensions.DependencyInjection;

namespace Frontline.Data;

public static class DataModule
{
    public const string SqliteMigrations = "Frontline.Migrations.Sqlite";
    public const string PostgreSqlMigrations = "Frontline.Migrations.PostgreSql";

    public static IServiceCollection AddFrontlineData(this IServiceCollection services, DatabaseOptions database)
    {
        services.AddSingleton(database);
        services.AddDbContextFactory<FrontlineDb>((sp, options) =>
        {
            Configure((DbContextOptionsBuilder<FrontlineDb>)options, database);
            // published events are stamped with the caller's address and wake the dispatcher once committed
            if (sp.GetService<Events.EventSignal>() is { } signal)
            {
                var http = sp.GetService<Microsoft.AspNetCore.Http.IHttpContextAccessor>();
                options.AddInterceptors(new Events.OutboxInterceptor(signal,
                    () => http?.HttpContext?.Connection.RemoteIpAddress?.ToString()));
            }
        });
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<FrontlineDb>>().CreateDbContext());
        return services;
    }

    /// <summary>The one place that tells EF Core which provider, migrations and conventions to use.</summary>
    // one query per read: the collections loaded together (a customer's addresses and numbers) are small
    public static DbContextOptionsBuilder<FrontlineDb> Configure(DbContextOptionsBuilder<FrontlineDb> options,
        DatabaseOptions database)
    {
        switch (database.Provider)
        {
            case DatabaseProvider.PostgreSql:
                options.UseNpgsql(database.ConnectionString, o => o.MigrationsAssembly(PostgreSqlMigrations)
                    .UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery));
                break;
            default:
                options.UseSqlite(database.ConnectionString, o => o.MigrationsAssembly(SqliteMigrations)
                        .UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery))
                    .AddInterceptors(new SqliteDurability());
                break;
        }
        return options.UseSnakeCaseNamingConvention().AddInterceptors(new LengthGuard());
    }

    public static FrontlineDb Open(DatabaseOptions database) =>
        new(Configure(new DbContextOptionsBuilder<FrontlineDb>(), database).Options);
}
