using Microsoft.Extensions.Configuration;

namespace Frontline.Events;

/// <summary>How the dispatcher runs (section <c>Frontline:Events</c>).</summary>
public sealed record EventOptions
{
    /// <summary>Whether this node runs a dispatcher at all.</summary>
    public bool Dispatch { get; init; } = true;
    /// <summary>How often a node looks for events written elsewhere when nothing woke it.</summary>
    public TimeSpan Poll { get; init; } = TimeSpan.FromSeconds(1);
    /// <summary>How long a claimed delivery is this node's; after it another node takes over (the first may have died).</summary>
    public TimeSpan Lease { get; init; } = TimeSpan.FromSeconds(60);
    /// <summary>Attempts before a failing delivery is parked for an admin.</summary>
    public int MaxAttempts { get; init; } = 8;
    /// <summary>The first retry's delay; each further one doubles, up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan FirstBackoff { get; init; } = TimeSpan.FromSeconds(2);
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromMinutes(5);
    /// <summary>How many deliveries a round claims at most (and how many events it fans out).</summary>
    public int Batch { get; init; } = 500;

    public static EventOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Frontline:Events");
        var defaults = new EventOptions();
        return new EventOptions
        {
            Dispatch = section.GetValue("Dispatch", defaults.Dispatch),
            Poll = TimeSpan.FromMilliseconds(section.GetValue("PollMilliseconds", defaults.Poll.TotalMilliseconds)),
            Lease = TimeSpan.FromSeconds(section.GetValue("LeaseSeconds", defaults.Lease.TotalSeconds)),
            MaxAttempts = section.GetValue("MaxAttempts", defaults.MaxAttempts),
            FirstBackoff = TimeSpan.FromMilliseconds(section.GetValue("FirstBackoffMilliseconds", defaults.FirstBackoff.TotalMilliseconds)),
            MaxBackoff = TimeSpan.FromSeconds(section.GetValue("MaxBackoffSeconds", defaults.MaxBackoff.TotalSeconds)),
            Batch = section.GetValue("Batch", defaults.Batch),
        };
    }

    /// <summary>The delay before attempt <paramref name="attempts"/> + 1.</summary>
    public TimeSpan Backoff(int attempts) =>
        TimeSpan.FromTicks(Math.Min(MaxBackoff.Ticks, FirstBackoff.Ticks * (1L << Math.Min(attempts - 1, 30))));
}
