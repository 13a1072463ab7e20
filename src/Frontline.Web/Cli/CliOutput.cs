using Frontline.Api;
using Spectre.Console;

namespace Frontline.Web.Cli;

internal static class CliOutput
{
    /// <summary>Prints each bad field with its messages, as the API's problem details would name them.</summary>
    public static int Refused(Errors errors)
    {
        foreach (var (field, messages) in errors.ToDictionary())
            AnsiConsole.MarkupLineInterpolated($"[red]{field}[/]: {string.Join(" ", messages)}");
        return 1;
    }
}
