using System.CommandLine;
using Frontline.Data;
using Frontline.Identity;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;

namespace Frontline.Web.Cli;

internal static class ApiKeysCommand
{
    public static Command Create()
    {
        var name = new Option<string>("--name") { Description = "What the key is for", Required = true };
        var role = new Option<string>("--role")
        {
            Description = $"One of {string.Join(", ", Roles.All)}",
            Required = true
        };
        var person = new Option<string?>("--for") { Description = "The e-mail address of the person the key acts for" };
        var account = new Option<string?>("--service-account") { Description = "The name of the service account the key acts for" };
        var create = new Command("create",
            "Issue an API key bound to a role, acting for a person or a service account; the secret is printed once")
        {
            name, role, person, account,
        };
        FrontlineCli.AddCommon(create);
        create.SetAction(async (parse, ct) =>
        {
            await using var app = FrontlineApp.Build(FrontlineCli.HostArgs(parse));
            await Startup.MigrateAsync(app.Services, ct);
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<FrontlineDb>();
            var email = parse.GetValue(person)?.Trim().ToLowerInvariant();
            var accountName = parse.GetValue(account)?.Trim();
            var agentId = email is null ? null : await db.Users.Where(a => a.Email == email).Select(a => (long?)a.Id)
                .FirstOrDefaultAsync(ct);
            var accountId = accountName is null ? null
                : await db.ServiceAccounts.Where(s => s.Name == accountName).Select(s => (long?)s.Id).FirstOrDefaultAsync(ct);
            var unknown = new Common.Errors();
            if (email is not null && agentId is null) unknown.Add("for", $"Nobody signs in as {email}.");
            if (accountName is not null && accountId is null) unknown.Add("service-account",
                $"There is no service account {accountName}.");
            if (unknown.Any) return CliOutput.Refused(unknown);
            var (errors,
                issued) = await ApiKeys.IssueAsync(new ApiKeyInput(parse.GetValue(name), parse.GetValue(role), agentId,
                accountId),
                CliOutput.CommandLine, db, TimeProvider.System, ct);
            if (issued is null) return CliOutput.Refused(errors);
            AnsiConsole.MarkupLineInterpolated($"API key [bold]{issued.Key.Name}[/] ({issued.Key.Role}, acting for {issued.Key.ActsFor}): {issued.Secret}");
            AnsiConsole.MarkupLine("Send it as the X-Api-Key header. It is not shown again.");
            return 0;
        });
        return new Command("api-keys", "Keys for integrations") { create };
    }
}
