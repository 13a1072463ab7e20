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

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[(int)Math.Ceiling(p * sorted.Count) - 1];
}
