using Frontline.Identity.Sessions;
using Quartz;

namespace Frontline.Identity.Jobs;

/// <summary>Every hour, forgets sign-in sessions that ended or expired more than 30 days ago.</summary>
[DisallowConcurrentExecution]
internal sealed class PurgeSignInSessionsJob(IDbContextFactory<FrontlineDb> databases, TimeProvider clock) : IJob
{
    public static readonly JobKey Key = new("purge-sign-in-sessions", "identity");
    public static readonly TimeSpan Kept = TimeSpan.FromDays(30);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        await SignInSessions.PurgeAsync(db, clock.GetUtcNow().UtcDateTime, Kept, cancellationToken);
    }
}
