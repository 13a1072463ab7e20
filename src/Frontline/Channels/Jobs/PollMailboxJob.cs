using Frontline.Channels.Email;
using Quartz;

namespace Frontline.Channels.Jobs;

/// <summary>Every minute, records the new mail in the care mailbox.</summary>
[DisallowConcurrentExecution]
internal sealed class PollMailboxJob(MailboxPoller poller) : IJob
{
    public static readonly JobKey Key = new("poll-mailbox", "channels");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => await poller.PollAsync(cancellationToken);
}
