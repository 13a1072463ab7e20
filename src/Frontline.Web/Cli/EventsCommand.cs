using System.CommandLine;
using Spectre.Console;

namespace Frontline.Web.Cli;

internal static class EventsCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--output")
        {
            Description = "Where to write the catalogue", DefaultValueFactory = _ => "docs/EVENTS.md",
        };
        var catalog = new Command("catalog",
            "Write the catalogue of every event type Frontline publishes (docs/EVENTS.md)")
        {
            output,
        };
        catalog.SetAction(async (parse, ct) =>
        {
            var path = Path.GetFullPath(parse.GetValue(output)!);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, EventCatalogDocument.Write(), ct);
            var count = Events.EventCatalog.All.Count;
            AnsiConsole.MarkupLineInterpolated($"[green]Wrote[/] {count} event types to {path}.");
            return 0;
        });
        return new Command("events", "The facts Frontline publishes") { catalog };
    }
}
