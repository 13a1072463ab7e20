using System.CommandLine;
using Frontline.Audit;
using Frontline.Data;
using Spectre.Console;

namespace Frontline.Web.Cli;

internal static class AuditCommand
{
    public static Command Create()
    {
        var verify = new Command("verify",
            "Walk the audit log's hash chain; name the first broken row and exit 1 if there is one");
        FrontlineCli.AddCommon(verify);
        verify.SetAction(async (parse, ct) =>
        {
            await using var app = FrontlineApp.Build(FrontlineCli.HostArgs(parse));
            await using var scope = app.Services.CreateAsyncScope();
            var verdict = await AuditVerification.VerifyAsync(scope.ServiceProvider.GetRequiredService<FrontlineDb>(),
                ct);
            if (verdict.Break is { } broken)
            {
                var where = $"audit row {broken.RowId} (event position {broken.EventPosition})";
                AnsiConsole.MarkupLineInterpolated($"[red]Broken[/] at {where}, after {verdict.Rows} intact rows: {broken.Problem}.");
                return 1;
            }
            AnsiConsole.MarkupLineInterpolated($"[green]Intact[/]: {verdict.Rows} rows, each sealed onto the one before.");
            return 0;
        });
        return new Command("audit", "The audit log") { verify };
    }
}
