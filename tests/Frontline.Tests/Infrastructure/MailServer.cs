using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Frontline.Tests.Infrastructure;

/// <summary>
/// A real SMTP and IMAP server for the mail tests: smtp4dev, installed by ./test.sh as a .NET tool in .tools/,
/// on free loopback ports, stopped with the tests.
/// </summary>
public sealed class MailServer : IAsyncDisposable
{
    private readonly Process _process;

    private MailServer(Process process, int smtpPort, int imapPort) => (_process, SmtpPort, ImapPort) = (process, smtpPort, imapPort);

    public int SmtpPort { get; }
    public int ImapPort { get; }

    public static async Task<MailServer> StartAsync()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Frontline.slnx"))) root = root.Parent;
        var tool = Path.Combine(root?.FullName ?? ".", ".tools", "smtp4dev");
        if (!File.Exists(tool))
            throw new InvalidOperationException($"smtp4dev is not installed at {tool}: run ./test.sh, which installs it (dotnet tool install Rnwood.Smtp4dev --version 3.15.0 --tool-path .tools).");
        var (smtp, imap, web) = (FreePort(), FreePort(), FreePort());
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { $"--urls=http://127.0.0.1:{web}", $"--smtpport={smtp}", $"--imapport={imap}", "--pop3port=", "--db=",
                     "--hostname=localhost", "--allowremoteconnections-" })
            start.ArgumentList.Add(arg);
        var process = Process.Start(start) ?? throw new InvalidOperationException("smtp4dev did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new MailServer(process, smtp, imap);
        for (var waited = 0; waited < 120; waited++)
        {
            if (process.HasExited) throw new InvalidOperationException($"smtp4dev exited with {process.ExitCode}.");
            if (Accepts(smtp) && Accepts(imap)) return server;
            await Task.Delay(500);
        }
        await server.DisposeAsync();
        throw new TimeoutException("smtp4dev did not open its SMTP and IMAP ports within a minute.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private static bool Accepts(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
