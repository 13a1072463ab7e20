using System.CommandLine;
using Spectre.Console;

namespace Frontline.Web.Cli;

internal static class ServeCommand
{
    public static readonly Option<string> Urls = new("--urls")
    {
        Description = "Where to listen",
        DefaultValueFactory = _ => "http://localhost:5080",
    };

    public static Command Create()
    {
        var command = new Command("serve", "Run the web server (API, UI, OpenAPI at /scalar)") { Urls };
        FrontlineCli.AddCommon(command);
        command.SetAction(async (parse, ct) =>
        {
            var app = FrontlineApp.Build(FrontlineCli.HostArgs(parse, $"--urls={parse.GetValue(Urls)}"));
            AnsiConsole.MarkupLineInterpolated($"Frontline on [bold]{Startup.Describe(app.Services)}[/], listening on {parse.GetValue(Urls)}");
            await app.RunAsync(ct);
            return 0;
        });
        return command;
    }
}
