using System.CommandLine;
using Frontline.Data;
using Frontline.Identity;
using Microsoft.AspNetCore.Identity;
using Spectre.Console;

namespace Frontline.Web.Cli;

internal static class UsersCommand
{
    public static Command Create()
    {
        var email = new Option<string>("--email") { Description = "Sign-in e-mail address", Required = true };
        var name = new Option<string>("--name") { Description = "Display name", Required = true };
        var password = new Option<string>("--password") { Description = "At least 10 characters with upper and lower case and a digit", Required = true };
        var role = new Option<string>("--role")
        {
            Description = $"One of {string.Join(", ", Roles.All)}",
            Required = true
        };
        var add = new Command("add", "Add a person who signs in") { email, name, password, role };
        FrontlineCli.AddCommon(add);
        add.SetAction(async (parse, ct) =>
        {
            await using var app = FrontlineApp.Build(FrontlineCli.HostArgs(parse));
            await Startup.MigrateAsync(app.Services, ct);
            await using var scope = app.Services.CreateAsyncScope();
            var input = new AgentInput(parse.GetValue(email), parse.GetValue(name), parse.GetValue(password),
                parse.GetValue(role), []);
            var (errors, agent) = await AgentAccounts.CreateAsync(input, CliOutput.CommandLine,
                scope.ServiceProvider.GetRequiredService<UserManager<Agent>>(),
                scope.ServiceProvider.GetRequiredService<FrontlineDb>(), TimeProvider.System, ct);
            if (agent is null) return CliOutput.Refused(errors);
            AnsiConsole.MarkupLineInterpolated($"[green]Added[/] {agent.DisplayName} <{agent.Email}> as {agent.Role} (id {agent.Id}).");
            return 0;
        });
        return new Command("users", "People who sign in") { add };
    }
}
