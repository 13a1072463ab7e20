using System.CommandLine;
using Frontline.Data;
using Frontline.Demo;
using Frontline.Identity;
using Microsoft.AspNetCore.Identity;
using Spectre.Console;

namespace Frontline.Web.Cli;

internal static class DemoCommand
{
    public static Command Create()
    {
        var customers = new Option<int>("--customers") { Description = "Generated customers besides the stories", DefaultValueFactory = _ => 300 };
        var command = new Command("demo", "Migrate, seed demo data if the database is empty, and serve") { ServeCommand.Urls, customers };
        FrontlineCli.AddCommon(command);
        command.SetAction(async (parse, ct) =>
        {
            var app = FrontlineApp.Build(FrontlineCli.HostArgs(parse, $"--urls={parse.GetValue(ServeCommand.Urls)}"));
            await Startup.MigrateAsync(app.Services, ct);
            await using (var scope = app.Services.CreateAsyncScope())
            {
                var seeded = await DemoData.SeedIfEmptyAsync(scope.ServiceProvider.GetRequiredService<FrontlineDb>(),
                    scope.ServiceProvider.GetRequiredService<UserManager<Agent>>(), TimeProvider.System, parse.GetValue(customers), ct);
                AnsiConsole.MarkupLine(seeded ? "[green]Demo data seeded.[/]" : "Database already has data; nothing seeded.");
            }
            var table = new Table().AddColumns("Role", "E-mail", "Password");
            foreach (var (email, _, role, _) in DemoUsers.All) table.AddRow(role, email, DemoUsers.Password);
            AnsiConsole.Write(table);
            AnsiConsole.MarkupLineInterpolated($"Frontline demo on {Startup.Describe(app.Services)}: open [link]{parse.GetValue(ServeCommand.Urls)}[/]");
            await app.RunAsync(ct);
            return 0;
        });
        return command;
    }
}
