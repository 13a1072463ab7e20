using System.CommandLine;
using Frontline.Data;
using Frontline.Identity;
using Spectre.Console;

namespace Frontline.Web.Cli;

internal static class ApiKeysCommand
{
    public static Command Create()
    {
        var name = new Option<string>("--name") { Description = "What the key is for", Required = true };
        var role = new Option<string>("--role") { Description = $"One of {string.Join(", ", Roles.All)}", Required = true };
        var create = new Command("create", "Issue an API key bound to a role; the secret is printed once") { name, role };
        FrontlineCli.AddCommon(create);
        create.SetAction(async (parse, ct) =>
        {
            await using var app = FrontlineApp.Build(FrontlineCli.HostArgs(parse));
            await Startup.MigrateAsync(app.Services, ct);
            await using var scope = app.Services.CreateAsyncScope();
            var (errors, issued) = await ApiKeys.IssueAsync(new ApiKeyInput(parse.GetValue(name), parse.GetValue(role)), null,
                scope.ServiceProvider.GetRequiredService<FrontlineDb>(), TimeProvider.System, ct);
            if (issued is null) return CliOutput.Refused(errors);
            AnsiConsole.MarkupLineInterpolated($"API key [bold]{issued.Key.Name}[/] ({issued.Key.Role}): {issued.Secret}");
            AnsiConsole.MarkupLine("Send it as the X-Api-Key header. It is not shown again.");
            return 0;
        });
        return new Command("api-keys", "Keys for integrations") { create };
    }
}
