using Frontline.Approvals.Jobs;
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
    public static IServiceCollection AddFrontlineScheduling(this IServiceCollection services, bool enabled, DatabaseOptions database,
        TimeSpan updatesEvery)
    {
        if (!enabled) return services;
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
            Every<EscalateApprovalsJob>(q, EscalateApprovalsJob.Key, TimeSpan.FromMinutes(1));
            Every<Channels.Jobs.PollMailboxJob>(q, Channels.Jobs.PollMailboxJob.Key, TimeSpan.FromMinutes(1));
            Every<Cases.Jobs.CloseUnconfirmedJob>(q, Cases.Jobs.CloseUnconfirmedJob.Key, TimeSpan.FromMinutes(15));
            Every<Channels.Jobs.DeliverMailJob>(q, Channels.Jobs.DeliverMailJob.Key, TimeSpan.FromMinutes(1));
            Every<Channels.Jobs.EndIdleChatsJob>(q, Channels.Jobs.EndIdleChatsJob.Key, TimeSpan.FromMinutes(1));
            Every<Updates.Jobs.SendUpdatesJob>(q, Updates.Jobs.SendUpdatesJob.Key, updatesEvery);
            Every<Notifications.Jobs.WarnOfSlaRiskJob>(q, Notifications.Jobs.WarnOfSlaRiskJob.Key, TimeSpan.FromMinutes(1));
            Every<Notifications.Jobs.SendNotificationMailJob>(q, Notifications.Jobs.SendNotificationMailJob.Key, TimeSpan.FromMinutes(1));
            Every<Identity.Jobs.PurgeSignInSessionsJob>(q, Identity.Jobs.PurgeSignInSessionsJob.Key, TimeSpan.FromHours(1));
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }

    private static void Every<T>(IQuartzBuilder q, JobKey key, TimeSpan interval) where T : IJob
    {
        q.AddJob<T>(j => j.WithIdentity(key));
        q.AddTrigger(t => t.WithIdentity($"{key.Name}-every", key.Group).ForJob(key).StartNow()
            .WithSimpleSchedule(s => s.WithInterval(interval).RepeatForever()));
    }
}
