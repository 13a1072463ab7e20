using Microsoft.Extensions.Logging;
using Quartz;

namespace Frontline.Approvals.Jobs;

/// <summary>Every minute, moves approval requests that are about to fall due up a level.</summary>
[DisallowConcurrentExecution]
internal sealed class EscalateApprovalsJob(IDbContextFactory<FrontlineDb> databases, TimeProvider clock, ILogger<EscalateApprovalsJob> log) : IJob
{
    public static readonly JobKey Key = new("escalate-approvals", "approvals");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var moved = await ApprovalEscalation.RunAsync(db, clock.GetUtcNow().UtcDateTime, cancellationToken);
        if (moved > 0) log.LogInformation("Moved {Count} approval requests up to a manager.", moved);
    }
}
