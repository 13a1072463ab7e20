namespace Frontline.Tests.Infrastructure;

/// <summary>
/// A real SMTP and IMAP server for the mail tests: smtp4dev, installed by ./test.sh as a .NET tool in .tools/,
/// on free loopback ports, stopped with the tests.
/// </summary>
public sealed class MailServer : IAsyncDisposable
{
    private readonly ServerProcess _process;

    private MailServer(ServerProcess process, int smtpPort, int imapPort) => (_process, SmtpPort, ImapPort) = (process, smtpPort, imapPort);

    public int SmtpPort { get; }
    public int ImapPort { get; }

    /// <param name="options">More of smtp4dev's options, such as requiring sign-in.</param>
    public static async Task<MailServer> StartAsync(params string[] options)
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Frontline.slnx"))) root = root.Parent;
        var tool = Path.Combine(root?.FullName ?? ".", ".tools", "smtp4dev");
        if (!File.Exists(tool))
            throw new InvalidOperationException($"smtp4dev is not installed at {tool}: run ./test.sh, which installs it (dotnet tool install Rnwood.Smtp4dev --version 3.15.0 --tool-path .tools).");
        var (smtp, imap, web) = (ServerProcess.FreePort(), ServerProcess.FreePort(), ServerProcess.FreePort());
        var process = await ServerProcess.StartAsync(tool, [$"--urls=http://127.0.0.1:{web}", $"--smtpport={smtp}", $"--imapport={imap}", "--pop3port=", "--db=",
            "--hostname=localhost", "--allowremoteconnections-", .. options], [smtp, imap], TimeSpan.FromMinutes(1));
        return new MailServer(process, smtp, imap);
    }

    public ValueTask DisposeAsync() => _process.DisposeAsync();
}
