using Quartz;

namespace Frontline.Cases.Jobs;

/// <summary>Every 15 minutes, closes the resolved cases whose customer never answered the request to confirm.</summary>
[DisallowConcurrentExecution]
internal sealed class CloseUnconfirmedJob(IDbContextFactory<FrontlineDb> databases, IConfiguration configuration, TimeProvider clock) : IJob
{
    public static readonly JobKey Key = new("close-unconfirmed", "cases");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var days = configuration.GetValue("Frontline:Closure:DaysToConfirm", CaseClosure.DefaultDaysToConfirm);
        await CaseClosure.CloseUnconfirmedAsync(db, days, clock.GetUtcNow().UtcDateTime, cancellationToken);
    }
}
