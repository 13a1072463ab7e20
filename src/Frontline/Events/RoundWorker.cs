using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Frontline.Events;

/// <summary>A wake-up call for a <see cref="RoundWorker"/> on this node; other nodes find the work on their next poll.</summary>
public abstract class WakeSignal
{
    private readonly SemaphoreSlim signal = new(0, 1);

    public void Wake()
    {
        try { if (signal.CurrentCount == 0) signal.Release(); }
        catch (SemaphoreFullException) { /* already awake */ }
    }

    /// <summary>Waits for a wake-up or the poll interval, whichever comes first.</summary>
    public Task<bool> WaitAsync(TimeSpan poll, CancellationToken ct) => signal.WaitAsync(poll, ct);
}

/// <summary>
/// Background work done in rounds that claim from the database: round after round while there is work, else a wait for
/// a wake-up or the poll interval. One round at a time in this process, so the background loop and a test's
/// <see cref="DrainAsync"/> never race each other; a failed round is logged and tried again after the poll interval.
/// </summary>
public abstract class RoundWorker(WakeSignal signal, ILogger log) : BackgroundService
{
    protected ILogger Log => log;

    private readonly SemaphoreSlim round = new(1, 1);

    /// <summary>Whether this node runs the loop at all.</summary>
    protected abstract bool Runs { get; }

    protected abstract TimeSpan Poll { get; }

    /// <summary>One round's work; returns how much it found (0 lets the loop wait).</summary>
    protected abstract Task<int> RunRoundAsync(CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Runs) return;
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await RoundAsync(stoppingToken) == 0) await signal.WaitAsync(Poll, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                log.LogWarning(e, "A round of {Worker} failed; it tries again shortly", GetType().Name);
                await Task.Delay(Poll, stoppingToken).ContinueWith(_ => { }, CancellationToken.None);
            }
        }
    }

    /// <summary>Runs rounds until nothing is due now.</summary>
    public async Task DrainAsync(CancellationToken ct)
    {
        while (await RoundAsync(ct) > 0) { }
    }

    public async Task<int> RoundAsync(CancellationToken ct)
    {
        await round.WaitAsync(ct);
        try
        {
            return await RunRoundAsync(ct);
        }
        finally
        {
            round.Release();
        }
    }
}
