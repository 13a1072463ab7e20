using System.Diagnostics;

namespace Frontline.Bench;

/// <summary>
/// A private PostgreSQL 15 cluster in a folder of its own, listening on 127.0.0.1 only.
/// initdb refuses to run as root, so the cluster belongs to the postgres account.
/// </summary>
internal sealed class ThrowawayPostgres(string directory, int port) : IAsyncDisposable
{
    private const string Bin = "/usr/lib/postgresql/15/bin";

    public string ConnectionString =>
        $"Host=127.0.0.1;Port={port};Username=postgres;Database=frontline;Pooling=true;Maximum Pool Size=20;Timeout=30;Command Timeout=0";

    public static async Task<ThrowawayPostgres> StartAsync(string directory, int port, CancellationToken ct)
    {
        var cluster = new ThrowawayPostgres(directory, port);
        var fresh = !File.Exists(Path.Combine(directory, "PG_VERSION"));
        if (fresh)
        {
            Directory.CreateDirectory(directory);
            await RunAsync(["chown", "postgres:postgres", directory], asRoot: true, ct);
            await RunAsync([$"{Bin}/initdb", "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8", "-D", directory], asRoot: false, ct);
        }
        // a big WAL budget keeps checkpoints out of the bulk load; everything else is PostgreSQL's default
        var settings = $"-c listen_addresses=127.0.0.1 -p {port} -k {directory} -c shared_buffers=2GB -c max_wal_size=8GB -c checkpoint_timeout=30min";
        await RunAsync([$"{Bin}/pg_ctl", "-D", directory, "-l", Path.Combine(directory, "server.log"), "-w", "-t", "120", "-o", settings, "start"], asRoot: false, ct);
        if (fresh) await RunAsync([$"{Bin}/createdb", "-h", directory, "-p", $"{port}", "-U", "postgres", "frontline"], asRoot: false, ct);
        return cluster;
    }

    public async ValueTask DisposeAsync() =>
        await RunAsync([$"{Bin}/pg_ctl", "-D", directory, "-m", "fast", "-w", "-t", "120", "stop"], asRoot: false, CancellationToken.None);

    private static async Task RunAsync(string[] command, bool asRoot, CancellationToken ct)
    {
        var root = Environment.UserName == "root";
        var start = new ProcessStartInfo(root && !asRoot ? "runuser" : command[0]) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in root && !asRoot ? ["-u", "postgres", "--", .. command] : command[1..]) start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {command[0]}.");
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var errors = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{string.Join(' ', command)} exited with {process.ExitCode}: {await output}{await errors}");
    }
}
