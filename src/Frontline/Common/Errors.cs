namespace Frontline.Common;

/// <summary>Collects what is wrong with a request, field by field, and turns it into RFC 9457 problem details.</summary>
public sealed class Errors
{
    private readonly Dictionary<string, List<string>> _byField = new(StringComparer.Ordinal);

    public bool Any => _byField.Count > 0;

    public void Add(string field, string message)
    {
        if (!_byField.TryGetValue(field, out var list)) _byField[field] = list = [];
        list.Add(message);
    }

    /// <summary>Requires a non-blank value no longer than <paramref name="maxLength"/>, without control characters;
    /// returns it trimmed.</summary>
    public string Text(string field, string? value, int maxLength, bool required = true)
    {
        var trimmed = value?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            if (required) Add(field, "Is required.");
        }
        else if (trimmed.Length > maxLength) Add(field, $"Must be at most {maxLength} characters.");
        // forms and query strings are not read by the JSON converters, so the same rule is kept here
        if (TextRules.Refusal(trimmed) is { } why) Add(field, why);
        return trimmed;
    }

    public T Required<T>(string field, T? value) where T : struct
    {
        if (value is null) Add(field, "Is required.");
        return value ?? default;
    }

    /// <summary>Checks a calendar date lies between <paramref name="min"/> and <paramref name="max"/>.</summary>
    public void Date(string field, DateOnly? value, DateOnly min, DateOnly max)
    {
        if (value is { } d && (d < min || d > max)) Add(field,
            $"Must be between {min:yyyy-MM-dd} and {max:yyyy-MM-dd}.");
    }

    /// <summary>
    /// Checks an instant carries its offset (or Z) and lies between the bounds; returns it in UTC.
    /// A time without an offset would mean something else on every server, so it is refused.
    /// </summary>
    public DateTime? Instant(string field, DateTime? value, DateTime min, DateTime max)
    {
        if (value is not { } v) return null;
        if (v.Kind == DateTimeKind.Unspecified)
        {
            Add(field, "Needs a UTC offset or Z, e.g. 2026-12-01T09:40:00+08:00.");
            return null;
        }
        var utc = v.ToUniversalTime();
        if (utc < min || utc > max) Add(field,
            $"Must be between {min:yyyy-MM-dd HH:mm} and {max:yyyy-MM-dd HH:mm} UTC.");
        return utc;
    }

    /// <summary>Checks an amount lies in range and has at most two decimal places, the same on every database.</summary>
    public void Amount(string field, decimal? value, decimal min, decimal max)
    {
        if (value is not { } v) return;
        if (v < min || v > max) Add(field, $"Must be between {min:#,0.##} and {max:#,0.##}.");
        else if (decimal.Round(v, 2) != v) Add(field, "Must have at most two decimal places.");
    }

    /// <summary>Checks an enum value read from a query string or a body is one of its names.</summary>
    public void Known<T>(string field, T? value) where T : struct, Enum
    {
        if (value is { } v && !Enum.IsDefined(v)) Add(field,
            $"Must be one of {string.Join(", ", Enum.GetNames<T>())}.");
    }

    public IDictionary<string, string[]> ToDictionary() => _byField.ToDictionary(e => e.Key, e => e.Value.ToArray());

    public ValidationProblem Problem() => TypedResults.ValidationProblem(ToDictionary(),
        title: "The request has invalid fields.");
}
