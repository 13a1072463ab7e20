using System.CommandLine;
using Spectre.Console;

namespace Frontline.Web.Cli;

internal static class DbCommand
{
    public static Command Create()
    {
        var migrate = new Command("migrate", "Apply the database migrations and create the roles");
        FrontlineCli.AddCommon(migrate);
        migrate.SetAction(async (parse, ct) =>
        {
            await using var app = FrontlineApp.Build(FrontlineCli.HostArgs(parse));
            await Startup.MigrateAsync(app.Services, ct);
            AnsiConsole.MarkupLineInterpolated($"[green]Migrated[/] {Startup.Describe(app.Services)}.");
            return 0;
        });
        return new Command("db", "Database maintenance") { migrate };
    }
}
