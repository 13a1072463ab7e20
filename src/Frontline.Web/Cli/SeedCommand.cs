using System.CommandLine;
using Frontline.Data;
using Frontline.Demo;
using Spectre.Console;

namespace Frontline.Web.Cli;

internal static class SeedCommand
{
    public static Command Create()
    {
        var customers = new Option<int>("--customers") { Description = "Customers to add", DefaultValueFactory = _ => 10_000 };
        var touchpoints = new Option<int>("--touchpoints-per-customer") { Description = "Touchpoints per customer", DefaultValueFactory = _ => 10 };
        var gestures = new Option<int>("--gestures-per-case")
        {
            Description = "Gestures in the ledger per case (about one case per four customers), with the agents, grants and guidelines behind them",
            DefaultValueFactory = _ => 0,
        };
        var seed = new Option<int>("--seed") { Description = "Same seed on the same day, same data", DefaultValueFactory = _ => 1 };
        var command = new Command("seed", "Add generated customers, cases, touchpoints and gestures in bulk, for load and performance work")
        {
            customers, touchpoints, gestures, seed,
        };
        FrontlineCli.AddCommon(command);
        command.SetAction(async (parse, ct) =>
        {
            await using var app = FrontlineApp.Build(FrontlineCli.HostArgs(parse));
            await Startup.MigrateAsync(app.Services, ct);
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<FrontlineDb>();
            // the touchpoints end at midnight UTC, so a seed repeated on the same day writes the same rows
            var plan = new BulkSeedPlan(parse.GetValue(customers), parse.GetValue(touchpoints), parse.GetValue(seed), DateTime.UtcNow.Date,
                GesturesPerCase: parse.GetValue(gestures));
            BulkSeedResult? result = null;
            await AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
                .StartAsync(async progress =>
                {
                    var task = progress.AddTask($"Seeding {Startup.Describe(app.Services)}", maxValue: Math.Max(plan.Customers, 1));
                    result = await BulkSeed.RunAsync(db, plan, new Progress<BulkSeedProgress>(p => task.Value = p.Customers), ct);
                    task.Value = task.MaxValue;
                });
            AnsiConsole.MarkupLineInterpolated(
                $"[green]Seeded[/] {result!.Customers:N0} customers, {result.Rows:N0} rows in {result.Elapsed.TotalSeconds:N1} s: {result.RowsPerSecond:N0} rows/s.");
            return 0;
        });
        return command;
    }
}
