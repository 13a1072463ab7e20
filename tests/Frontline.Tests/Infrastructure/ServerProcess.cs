using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Frontline.Tests.Infrastructure;

/// <summary>A real server the tests start on loopback ports (a mail server, Redis): started, awaited, killed with the tests.</summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ServerProcess(Process process) => _process = process;

    /// <summary>Starts <paramref name="file"/> and returns once every one of <paramref name="ports"/> accepts connections.</summary>
    public static async Task<ServerProcess> StartAsync(string file, IEnumerable<string> arguments, int[] ports, TimeSpan within)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in arguments) start.ArgumentList.Add(arg);
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start.");
        // read and drop its output, so a full pipe never stops it
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new ServerProcess(process);
        var deadline = DateTime.UtcNow + within;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited) throw new InvalidOperationException($"{Path.GetFileName(file)} exited with {process.ExitCode}.");
            if (ports.All(Accepts)) return server;
            await Task.Delay(100);
        }
        await server.DisposeAsync();
        throw new TimeoutException($"{Path.GetFileName(file)} did not open ports {string.Join(", ", ports)} within {within.TotalSeconds:0} s.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
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
}
