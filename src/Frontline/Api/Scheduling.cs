using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Frontline.Api;

/// <summary>
/// Scheduled work runs on Quartz.NET. On PostgreSQL the nodes share one clustered schedule in the database (the
/// <c>qrtz_</c> tables, which Quartz creates when they are missing), so each firing runs on one node; on SQLite (one node) the schedule is
/// in memory. Every job also changes rows conditionally, so even two runs at once change nothing twice.
/// </summary>
public static class Scheduling
{
    /// <summary>A module's job, run every <paramref name="every"/> once scheduling is on.</summary>
    public static IServiceCollection AddRecurringJob<T>(this IServiceCollection services, JobKey key,
        TimeSpan every) where T : IJob =>
        services.AddSingleton(new RecurringJob(key, q => Every<T>(q, key, every)));

    /// <summary>Schedules the jobs the modules added with <see cref="AddRecurringJob{T}"/>; call it after them.</summary>
    public static IServiceCollection AddFrontlineScheduling(this IServiceCollection services, bool enabled,
        DatabaseOptions database)
    {
        if (!enabled) return services;
        var jobs = services.Select(d => d.IsKeyedService ? null : d.ImplementationInstance).OfType<RecurringJob>()
            .ToList();
        services.AddQuartz(q =>
        {
            if (database.Provider == DatabaseProvider.PostgreSql)
            {
                q.UsePersistentStore(s =>
                {
                    s.UsePostgres(database.ConnectionString);
                    s.UseClustering(c => c.CheckinInterval = TimeSpan.FromSeconds(5));
                    s.UseSystemTextJsonSerializer();
                    // Quartz creates its own qrtz_ tables when they are missing
                    s.ProvisionSchema();
                });
            }
            foreach (var job in jobs) job.Add(q);
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }

    private sealed record RecurringJob(JobKey Key, Action<IQuartzBuilder> Add);

    private static void Every<T>(IQuartzBuilder q, JobKey key, TimeSpan interval) where T : IJob
    {
        q.AddJob<T>(j => j.WithIdentity(key));
        q.AddTrigger(t => t.WithIdentity($"{key.Name}-every", key.Group).ForJob(key).StartNow()
            .WithSimpleSchedule(s => s.WithInterval(interval).RepeatForever()));
    }
}
