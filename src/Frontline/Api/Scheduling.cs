using Frontline.Approvals.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Frontline.Api;

/// <summary>
/// Scheduled work runs on Quartz.NET. Each job is written so that two nodes running it at once change nothing
/// twice (conditional updates), so every node keeps its own in-memory schedule.
/// </summary>
public static class Scheduling
{
    public static IServiceCollection AddFrontlineScheduling(this IServiceCollection services, bool enabled)
    {
        if (!enabled) return services;
        services.AddQuartz(q =>
        {
            q.AddJob<EscalateApprovalsJob>(j => j.WithIdentity(EscalateApprovalsJob.Key));
            q.AddTrigger(t => t.ForJob(EscalateApprovalsJob.Key).StartNow()
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromMinutes(1)).RepeatForever()));
            q.AddJob<Channels.Jobs.PollMailboxJob>(j => j.WithIdentity(Channels.Jobs.PollMailboxJob.Key));
            q.AddTrigger(t => t.ForJob(Channels.Jobs.PollMailboxJob.Key).StartNow()
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromMinutes(1)).RepeatForever()));
            q.AddJob<Cases.Jobs.CloseUnconfirmedJob>(j => j.WithIdentity(Cases.Jobs.CloseUnconfirmedJob.Key));
            q.AddTrigger(t => t.ForJob(Cases.Jobs.CloseUnconfirmedJob.Key).StartNow()
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromMinutes(15)).RepeatForever()));
            q.AddJob<Channels.Jobs.DeliverMailJob>(j => j.WithIdentity(Channels.Jobs.DeliverMailJob.Key));
            q.AddTrigger(t => t.ForJob(Channels.Jobs.DeliverMailJob.Key).StartNow()
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromMinutes(1)).RepeatForever()));
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }
}
