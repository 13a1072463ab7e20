namespace Frontline.Common;

/// <summary>
/// What a use case did, independent of HTTP: its result, the fields it refused, that its target does not exist, or
/// that the caller may not do it (with the reason in words).
/// Endpoints turn it into typed results; the UI shows it in place.
/// </summary>
public sealed class Outcome<T> where T : class
{
    private Outcome(T? value, Errors? refused, bool missing, string? denied = null) =>
        (Value, Refused, Missing, Denied) = (value, refused, missing, denied);

    public T? Value { get; }
    public Errors? Refused { get; }
    public bool Missing { get; }
    /// <summary>Why the caller may not do this, when their role does not reach (403 in the API).</summary>
    public string? Denied { get; }

    public static Outcome<T> Done(T value) => new(value, null, false);
    public static Outcome<T> Invalid(Errors errors) => new(null, errors, false);
    public static Outcome<T> NotFound() => new(null, null, true);
    public static Outcome<T> Deny(string reason) => new(null, null, false, reason);

    public static implicit operator Outcome<T>(T value) => Done(value);
    public static implicit operator Outcome<T>(Errors errors) => Invalid(errors);

    /// <summary>The refusals as one readable sentence per field, for the UI.</summary>
    public string Message => Denied ?? (Refused is null ? "" : string.Join(" ", Refused.ToDictionary().Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
}

public static class OutcomeResults
{
    public static Results<Ok<T>, NotFound, ValidationProblem> ToOk<T>(this Outcome<T> outcome) where T : class =>
        outcome.Missing ? TypedResults.NotFound() : outcome.Refused is { } errors ? errors.Problem() : TypedResults.Ok(outcome.Value!);

    public static Results<Created<T>, NotFound, ValidationProblem> ToCreated<T>(this Outcome<T> outcome, Func<T, string> location) where T : class =>
        outcome.Missing ? TypedResults.NotFound() : outcome.Refused is { } errors ? errors.Problem() : TypedResults.Created(location(outcome.Value!), outcome.Value!);
}
