using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace Frontline.Api;

/// <summary>The one mapper of unexpected exceptions to problem details: unreadable bodies, unique-key races, the rest.</summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        ProblemDetails problem = exception switch
        {
            BadHttpRequestException { InnerException: JsonException json } => Unreadable(json),
            BadHttpRequestException bad => Unbindable(bad),
            Data.TooLongException tooLong => Invalid(tooLong.Field, $"Must be at most {tooLong.MaxLength} characters."),
            // the last line of defence: what PostgreSQL refuses as data is the request's fault, never a 500
            DbUpdateException { InnerException: Npgsql.PostgresException pg } when IsBadData(pg) =>
                Invalid("body", pg.MessageText),
            Npgsql.PostgresException pg when IsBadData(pg) => Invalid("body", pg.MessageText),
            DbUpdateConcurrencyException => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "Someone else changed this record meanwhile; load it again and retry.",
            },
            DbUpdateException db when IsUniqueViolation(db) => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "A record with the same unique value already exists.",
            },
            _ => new ProblemDetails { Status = StatusCodes.Status500InternalServerError, Title = "An unexpected error occurred." },
        };
        if (problem.Status >= 500) log.LogError(exception, "Unhandled exception for {Path}", http.Request.Path);
        http.Response.StatusCode = problem.Status ?? 500;
        return await problems.TryWriteAsync(new() { HttpContext = http, ProblemDetails = problem, Exception = exception });
    }

    private static HttpValidationProblemDetails Unreadable(JsonException json)
    {
        var field = string.IsNullOrEmpty(json.Path) || json.Path == "$" ? "body" : json.Path.TrimStart('$', '.');
        var message = json is RefusedValueException ? json.Message : "Has a value of the wrong type or format.";
        return Invalid(field, message);
    }

    private static HttpValidationProblemDetails Invalid(string field, string message) =>
        new(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = StatusCodes.Status400BadRequest, Title = "The request has invalid fields.",
        };

    // 22001 too long for its column; 22021 and 22P05 a character the encoding refuses (U+0000)
    private static bool IsBadData(Npgsql.PostgresException pg) => pg.SqlState is "22001" or "22021" or "22P05";

    // "Failed to bind parameter "int? page" from "x"." / "Required parameter "long id" was not provided …"
    private static HttpValidationProblemDetails Unbindable(BadHttpRequestException bad)
    {
        var match = System.Text.RegularExpressions.Regex.Match(bad.Message, "parameter \"(?:[^\" ]+ )?([A-Za-z0-9_]+)\"");
        var field = match.Success && !bad.Message.Contains(" body", StringComparison.Ordinal) ? match.Groups[1].Value : "body";
        return new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = ["Is missing or has the wrong format."] })
        {
            Status = bad.StatusCode, Title = "The request could not be read.",
        };
    }

    private static bool IsUniqueViolation(DbUpdateException e) => e.InnerException switch
    {
        Npgsql.PostgresException pg => pg.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation,
        Microsoft.Data.Sqlite.SqliteException lite => lite.SqliteExtendedErrorCode is 2067 or 1555,
        _ => false,
    };
}
