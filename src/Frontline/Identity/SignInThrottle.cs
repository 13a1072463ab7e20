using System.Collections.Concurrent;

namespace Frontline.Identity;

/// <summary>How many failed sign-ins a minute one address and one source may have before they wait.</summary>
public sealed record SignInLimits(int FailuresPerAddress = 5, int FailuresPerSource = 30)
{
    public static SignInLimits From(IConfiguration configuration) => new(
        configuration.GetValue("Frontline:SignIn:FailuresPerAddressPerMinute", 5),
        configuration.GetValue("Frontline:SignIn:FailuresPerSourcePerMinute", 30));
}

/// <summary>
/// Counts failed sign-ins per e-mail address and per source address in one-minute windows. It counts any address
/// typed, known or not, so being throttled tells nothing about who exists. Kept per node: the lockout in the database
/// is the limit across nodes; this one stops a flood early.
/// </summary>
public sealed class SignInThrottle(SignInLimits limits, TimeProvider clock)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private const int ForgetAbove = 10_000;
    private readonly ConcurrentDictionary<string, (DateTime Start, int Count)> _failures = new(StringComparer.Ordinal);

    /// <summary>Whether an attempt for this address from this source may be checked at all.</summary>
    public bool Allows(string address, string source) =>
        CountOf(AddressKey(address)) < limits.FailuresPerAddress && CountOf(SourceKey(source)) < limits.FailuresPerSource;

    public void Failed(string address, string source)
    {
        if (_failures.Count > ForgetAbove) Forget();
        Add(AddressKey(address));
        Add(SourceKey(source));
    }

    private int CountOf(string key) =>
        _failures.TryGetValue(key, out var w) && Now - w.Start < Window ? w.Count : 0;

    private void Add(string key) =>
        _failures.AddOrUpdate(key, _ => (Now, 1), (_, w) => Now - w.Start < Window ? (w.Start, w.Count + 1) : (Now, 1));

    private void Forget()
    {
        foreach (var (key, w) in _failures)
            if (Now - w.Start >= Window) _failures.TryRemove(key, out _);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private static string AddressKey(string address) => "a:" + address.Trim().ToUpperInvariant();

    private static string SourceKey(string source) => "s:" + source;
}
