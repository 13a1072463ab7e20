using System.CommandLine;

namespace Frontline.Web.Cli;

/// <summary>The `frontline` command: the web server and the operator's tools in one program.</summary>
internal static class FrontlineCli
{
    public static RootCommand Build()
    {
        var root = new RootCommand("Frontline: customer care that solves the problem at the first contact.");
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(DbCommand.Create());
        root.Subcommands.Add(UsersCommand.Create());
        root.Subcommands.Add(ApiKeysCommand.Create());
        root.Subcommands.Add(SeedCommand.Create());
        root.Subcommands.Add(AuditCommand.Create());
        root.Subcommands.Add(EventsCommand.Create());
        return root;
    }

    /// <summary>Options every command understands; anything else after `--` goes to the host configuration.</summary>
    public static readonly Option<string?> Database = new("--database")
    {
        Description = "PostgreSQL connection string; without it Frontline uses the SQLite file in --data",
    };

    public static readonly Option<string?> DataDirectory = new("--data")
    {
        Description = "Folder for the embedded SQLite database (default: ./data)",
    };

    /// <summary>Turns the common options into host configuration arguments.</summary>
    public static string[] HostArgs(ParseResult parse, params string[] more)
    {
        var args = new List<string>(more);
        if (parse.GetValue(Database) is { Length: > 0 } cs)
            args.AddRange(["--Database:Provider=PostgreSql", $"--ConnectionStrings:Frontline={cs}"]);
        if (parse.GetValue(DataDirectory) is { Length: > 0 } dir) args.Add($"--Frontline:DataDirectory={dir}");
        return [.. args];
    }

    public static void AddCommon(Command command)
    {
        command.Options.Add(Database);
        command.Options.Add(DataDirectory);
    }
}
