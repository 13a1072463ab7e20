using Frontline.Channels.Email;
using Quartz;

namespace Frontline.Channels.Jobs;

/// <summary>Every minute, sends the e-mail still waiting in the outbox.</summary>
[DisallowConcurrentExecution]
internal sealed class DeliverMailJob(MailOutbox outbox) : IJob
{
    public static readonly JobKey Key = new("deliver-mail", "channels");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await outbox.DeliverQueuedAsync(cancellationToken);
}
