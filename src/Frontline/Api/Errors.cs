namespace Frontline.Api;

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

    /// <summary>Requires a non-blank value no longer than <paramref name="maxLength"/>; returns it trimmed.</summary>
    public string Text(string field, string? value, int maxLength, bool required = true)
    {
        var trimmed = value?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            if (required) Add(field, "Is required.");
        }
        else if (trimmed.Length > maxLength) Add(field, $"Must be at most {maxLength} characters.");
        return trimmed;
    }

    public T Required<T>(string field, T? value) where T : struct
    {
        if (value is null) Add(field, "Is required.");
        return value ?? default;
    }

    public IDictionary<string, string[]> ToDictionary() => _byField.ToDictionary(e => e.Key, e => e.Value.ToArray());

    public ValidationProblem Problem() => TypedResults.ValidationProblem(ToDictionary(), title: "The request has invalid fields.");
}
