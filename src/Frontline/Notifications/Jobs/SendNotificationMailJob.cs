using Quartz;

namespace Frontline.Notifications.Jobs;

/// <summary>Every minute, sends the notification e-mails that could not leave when they were made.</summary>
[DisallowConcurrentExecution]
internal sealed class SendNotificationMailJob(NotificationMail mail) : IJob
{
    public static readonly JobKey Key = new("send-notification-mail", "notifications");

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        new(mail.SendQueuedAsync(cancellationToken));
}
