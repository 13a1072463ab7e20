using Frontline.Channels.Chat;
using Quartz;

namespace Frontline.Channels.Jobs;

/// <summary>Every minute, ends the chats nobody has spoken in for <c>Frontline:Chat:IdleMinutes</c> (30).</summary>
[DisallowConcurrentExecution]
internal sealed class EndIdleChatsJob(IDbContextFactory<FrontlineDb> databases, IConfiguration configuration, TimeProvider clock) : IJob
{
    public static readonly JobKey Key = new("end-idle-chats", "channels");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var idle = TimeSpan.FromMinutes(configuration.GetValue("Frontline:Chat:IdleMinutes", Chats.DefaultIdle.TotalMinutes));
        await Chats.EndIdleAsync(db, idle, clock.GetUtcNow().UtcDateTime, cancellationToken);
    }
}
