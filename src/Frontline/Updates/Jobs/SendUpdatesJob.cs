using Frontline.Channels.Email;
using Quartz;

namespace Frontline.Updates.Jobs;

/// <summary>Sends the proactive updates that are due (every minute by default, <c>Frontline:Updates:CheckSeconds</c>).</summary>
[DisallowConcurrentExecution]
internal sealed class SendUpdatesJob(IDbContextFactory<FrontlineDb> databases, MailOptions mail,
    TimeProvider clock) : IJob
{
    public static readonly JobKey Key = new("send-updates", "updates");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        // the e-mails among them leave when their touchpoints are handled (Channels/Outbound/DeliverQueuedMail)
        await ProactiveUpdates.SendDueAsync(db, mail, clock.GetUtcNow().UtcDateTime, cancellationToken);
    }
}
