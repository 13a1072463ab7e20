using System.Net;

namespace Frontline.Webhooks;

/// <summary>How webhooks are sent (section <c>Frontline:Webhooks</c>).</summary>
public sealed record WebhookOptions
{
    /// <summary>The delay before each attempt, the first included: Stripe's and Svix's schedule over about three days.</summary>
    public static readonly TimeSpan[] StandardSchedule =
    [
        TimeSpan.Zero, TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30),
        TimeSpan.FromHours(2), TimeSpan.FromHours(5), TimeSpan.FromHours(10), TimeSpan.FromHours(10),
    ];

    /// <summary>Whether this node sends due messages at all.</summary>
    public bool Send { get; init; } = true;
    public IReadOnlyList<TimeSpan> RetrySchedule { get; init; } = StandardSchedule;
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(15);
    /// <summary>How long a claimed message is this node's; longer than a request may take.</summary>
    public TimeSpan Lease { get; init; } = TimeSpan.FromSeconds(60);
    public TimeSpan Poll { get; init; } = TimeSpan.FromSeconds(1);
    public TimeSpan SecretOverlap { get; init; } = TimeSpan.FromHours(24);
    /// <summary>An endpoint failing every attempt for this long is disabled.</summary>
    public TimeSpan DisableAfter { get; init; } = TimeSpan.FromDays(5);
    public int Batch { get; init; } = 50;
    public int Parallelism { get; init; } = 16;
    /// <summary>Networks that are reachable although the address rules refuse them (a receiver on this machine in tests).</summary>
    public IReadOnlyList<IPNetwork> AllowedAddresses { get; init; } = [];

    public static WebhookOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Frontline:Webhooks");
        var d = new WebhookOptions();
        var schedule = section["RetrySchedule"];
        return new WebhookOptions
        {
            Send = section.GetValue("Send", d.Send),
            RetrySchedule = string.IsNullOrWhiteSpace(schedule)
                ? d.RetrySchedule
                : schedule.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                    .Select(s => TimeSpan.FromSeconds(double.Parse(s, System.Globalization.CultureInfo.InvariantCulture)))
                    .ToList(),
            Timeout = TimeSpan.FromSeconds(section.GetValue("TimeoutSeconds", d.Timeout.TotalSeconds)),
            Lease = TimeSpan.FromSeconds(section.GetValue("LeaseSeconds", d.Lease.TotalSeconds)),
            Poll = TimeSpan.FromMilliseconds(section.GetValue("PollMilliseconds", d.Poll.TotalMilliseconds)),
            SecretOverlap = TimeSpan.FromHours(section.GetValue("SecretOverlapHours", d.SecretOverlap.TotalHours)),
            DisableAfter = TimeSpan.FromDays(section.GetValue("DisableAfterDays", d.DisableAfter.TotalDays)),
            Batch = section.GetValue("Batch", d.Batch),
            Parallelism = section.GetValue("Parallelism", d.Parallelism),
            AllowedAddresses = Networks(section.GetSection("AllowedAddresses")),
        };
    }

    // a list (AllowedAddresses:0, :1 …) or one string of CIDRs separated by commas
    private static List<IPNetwork> Networks(IConfigurationSection section)
    {
        var values = section.Value is { } one ? one.Split(',') : section.GetChildren().Select(c => c.Value ?? "");
        return values.Select(v => v.Trim()).Where(v => v.Length > 0).Select(IPNetwork.Parse).ToList();
    }
}
