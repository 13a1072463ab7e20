using System.Diagnostics;

namespace Frontline.Bench;

/// <summary>What one measured operation took, over a bounded number of sequential repetitions.</summary>
internal sealed record Latency(string Name, int Count, int Failures, double P50, double P99, double Mean, double PerSecond)
{
    /// <summary>Runs <paramref name="operation"/> <paramref name="warmUp"/> times unmeasured, then up to <paramref name="count"/> times or until the time limit.</summary>
    public static async Task<Latency> MeasureAsync(string name, int warmUp, int count, TimeSpan limit, Func<int, Task<bool>> operation)
    {
        var warmUpClock = Stopwatch.StartNew();
        for (var i = 0; i < warmUp && warmUpClock.Elapsed < limit; i++) await operation(i);
        var times = new List<double>(count);
        var failures = 0;
        var total = Stopwatch.StartNew();
        for (var i = 0; i < count && total.Elapsed < limit; i++)
        {
            var start = Stopwatch.GetTimestamp();
            if (!await operation(warmUp + i)) failures++;
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        total.Stop();
        times.Sort();
        return new Latency(name, times.Count, failures, Percentile(times, 0.50), Percentile(times, 0.99),
            times.Count == 0 ? 0 : times.Average(), times.Count / total.Elapsed.TotalSeconds);
    }

    /// <summary>
    /// Runs <paramref name="operation"/> on <paramref name="workers"/> concurrent callers, each taking the next index until
    /// <paramref name="count"/> were started or the time limit passed; each time is one operation's, the rate is all of them over the wall clock.
    /// </summary>
    public static async Task<Latency> MeasureConcurrentAsync(string name, int workers, int first, int count, TimeSpan limit, Func<int, Task<bool>> operation)
    {
        var next = -1;
        var failures = 0;
        var total = Stopwatch.StartNew();
        var perWorker = await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            var mine = new List<double>();
            for (var i = Interlocked.Increment(ref next); i < count && total.Elapsed < limit; i = Interlocked.Increment(ref next))
            {
                var start = Stopwatch.GetTimestamp();
                if (!await operation(first + i)) Interlocked.Increment(ref failures);
                mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
            return mine;
        })));
        total.Stop();
        var times = perWorker.SelectMany(t => t).ToList();
        times.Sort();
        return new Latency(name, times.Count, failures, Percentile(times, 0.50), Percentile(times, 0.99),
            times.Count == 0 ? 0 : times.Average(), times.Count / total.Elapsed.TotalSeconds);
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[(int)Math.Ceiling(p * sorted.Count) - 1];
}
