using Microsoft.AspNetCore.Http.HttpResults;

namespace Frontline.Web.Components.Admin;

/// <summary>
/// What the admin screens make of a use case's typed answer: its value, or why not in plain words. The screens run
/// the same handlers as the API, so the rules (and the field names in a refusal) are the same.
/// </summary>
internal static class AnswerWords
{
    public static T? Value<T>(IResult result) where T : class => result switch
    {
        Ok<T> ok => ok.Value,
        Created<T> created => created.Value,
        _ => null,
    };

    public static string Why(IResult result) => result switch
    {
        ValidationProblem problem => string.Join(" ", problem.ProblemDetails.Errors
            .Select(e => $"{Field(e.Key)}: {string.Join(" ", e.Value)}")),
        NotFound => "It no longer exists: reload the page.",
        _ => "",
    };

    private static string Field(string key) => key.Length == 0 ? key : char.ToUpperInvariant(key[0]) + key[1..];
}
