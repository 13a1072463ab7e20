using Quartz;

namespace Frontline.Notifications.Jobs;

/// <summary>Every minute, publishes a warning for each case that will miss its resolution target within the hour.</summary>
[DisallowConcurrentExecution]
internal sealed class WarnOfSlaRiskJob(IDbContextFactory<FrontlineDb> databases, TimeProvider clock) : IJob
{
    public static readonly JobKey Key = new("warn-of-sla-risk", "notifications");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        await SlaRisk.WarnAsync(db, clock.GetUtcNow().UtcDateTime, cancellationToken);
    }
}
