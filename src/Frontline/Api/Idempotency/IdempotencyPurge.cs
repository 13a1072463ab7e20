using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Frontline.Api.Idempotency;

/// <summary>
/// Forgets idempotency records once their window has passed, every hour. Several nodes may each run it:
/// deleting what is already gone is harmless.
/// </summary>
internal sealed class IdempotencyPurge(IServiceScopeFactory scopes, TimeProvider clock, ILogger<IdempotencyPurge> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), clock);
        do
        {
            try
            {
                await PurgeAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Purging idempotency records failed; trying again in an hour.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task<int> PurgeAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FrontlineDb>();
        var cutoff = clock.GetUtcNow().UtcDateTime - IdempotencyMiddleware.Window;
        return await db.IdempotencyRecords.Where(r => r.CreatedAt < cutoff).ExecuteDeleteAsync(ct);
    }
}
