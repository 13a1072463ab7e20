using Frontline.Api;
using Frontline.Identity;
using Spectre.Console;

namespace Frontline.Web.Cli;

internal static class CliOutput
{
    /// <summary>Who an operator's command acts as, in the event log.</summary>
    public static readonly Actor CommandLine = new(null, null, "frontline command line", Roles.Admin);

    /// <summary>Prints each bad field with its messages, as the API's problem details would name them.</summary>
    public static int Refused(Errors errors)
    {
        foreach (var (field, messages) in errors.ToDictionary())
            AnsiConsole.MarkupLineInterpolated($"[red]{field}[/]: {string.Join(" ", messages)}");
        return 1;
    }
}
