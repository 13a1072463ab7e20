namespace Frontline.Common;

/// <summary>
/// What a use case did, independent of HTTP: its result, the fields it refused, that its target does not exist, that
/// the caller may not do it, or that it clashes with the state it found (each with the reason in words).
/// Endpoints turn it into typed results with <see cref="OutcomeResults"/>; the UI shows it in place.
/// </summary>
public sealed class Outcome<T> where T : class
{
    private Outcome(T? value, Errors? refused, bool missing, string? denied = null, string? conflict = null) =>
        (Value, Refused, Missing, Denied, Conflicted) = (value, refused, missing, denied, conflict);

    public T? Value { get; }
    public Errors? Refused { get; }
    public bool Missing { get; }
    /// <summary>Why the caller may not do this, when their role does not reach (403 in the API).</summary>
    public string? Denied { get; }
    /// <summary>Why this cannot be done in the state found, such as a duplicate or a change made first by someone
    /// else (409 in the API).</summary>
    public string? Conflicted { get; }

    public static Outcome<T> Done(T value) => new(value, null, false);
    public static Outcome<T> Invalid(Errors errors) => new(null, errors, false);
    public static Outcome<T> NotFound() => new(null, null, true);
    public static Outcome<T> Deny(string reason) => new(null, null, false, reason);
    public static Outcome<T> Conflict(string reason) => new(null, null, false, conflict: reason);

    public static implicit operator Outcome<T>(T value) => Done(value);
    public static implicit operator Outcome<T>(Errors errors) => Invalid(errors);

    /// <summary>The refusals as one readable sentence per field, for the UI.</summary>
    public string Message => Denied ?? Conflicted ?? (Refused is null ? ""
        : string.Join(" ", Refused.ToDictionary().Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
}

/// <summary>
/// The one mapping of an outcome to HTTP: done (200, 201 or 204), not found (404), refused (400 validation problem
/// naming each field), denied (403 problem details with the reason) and conflict (409 problem details).
/// </summary>
public static class OutcomeResults
{
    public static Results<Ok<T>, NotFound, ValidationProblem, ProblemHttpResult> ToOk<T>(this Outcome<T> outcome)
        where T : class =>
        outcome.Failure() is { } failure ? failure.Narrow<Ok<T>>() : TypedResults.Ok(outcome.Value!);

    public static Results<Created<T>, NotFound, ValidationProblem, ProblemHttpResult> ToCreated<T>(this Outcome<T> outcome,
        Func<T, string> location) where T : class =>
        outcome.Failure() is { } failure
            ? failure.Narrow<Created<T>>()
            : TypedResults.Created(location(outcome.Value!), outcome.Value!);

    public static Results<NoContent, NotFound, ValidationProblem, ProblemHttpResult> ToNoContent<T>(this Outcome<T> outcome)
        where T : class =>
        outcome.Failure() is { } failure ? failure.Narrow<NoContent>() : TypedResults.NoContent();

    private static Results<NotFound, ValidationProblem, ProblemHttpResult>? Failure<T>(this Outcome<T> outcome) where T : class
    {
        if (outcome.Missing) return TypedResults.NotFound();
        if (outcome.Refused is { } errors) return errors.Problem();
        if (outcome.Denied is { } denied) return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden,
            title: denied);
        if (outcome.Conflicted is { } conflict)
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: conflict);
        return null;
    }

    private static Results<TDone, NotFound, ValidationProblem, ProblemHttpResult> Narrow<TDone>(
        this Results<NotFound, ValidationProblem, ProblemHttpResult> failure) where TDone : IResult =>
        failure.Result switch
        {
            NotFound notFound => notFound,
            ValidationProblem problem => problem,
            _ => (ProblemHttpResult)failure.Result,
        };
}
