namespace Frontline.Tests.Infrastructure;

/// <summary>
/// A private, throwaway PostgreSQL 15 cluster on a free loopback port, made with the machine's initdb and
/// pg_ctl (as the postgres user when the tests run as root, since initdb refuses root) and removed after.
/// </summary>
public sealed class PostgresCluster : IAsyncDisposable
{
    private const string Bin = "/usr/lib/postgresql/15/bin";
    private readonly string _folder;
    private readonly int _port;

    private PostgresCluster(string folder, int port) => (_folder, _port) = (folder, port);

    public static async Task<PostgresCluster> StartAsync()
    {
        if (!File.Exists(Path.Combine(Bin, "initdb")))
            throw new InvalidOperationException($"PostgreSQL 15 is not installed ({Bin}/initdb is missing): run ./test.sh, which installs postgresql-15.");
        var folder = Path.Combine(Path.GetTempPath(), $"frontline-pg-{Guid.NewGuid():N}"[..24]);
        Directory.CreateDirectory(folder);
        if (Shell.IsRoot) await Shell.RunAsync("chown", "postgres:postgres", folder);
        var port = ServerProcess.FreePort();
        var data = Path.Combine(folder, "data");
        await AsOwner("initdb", "-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C", "--no-sync");
        // a test cluster: no fsync, so the suite stays fast; durability is the production cluster's setting
        await AsOwner("pg_ctl", "-D", data, "-l", Path.Combine(folder, "log"), "-w", "-o",
            $"-c listen_addresses=127.0.0.1 -p {port} -k {folder} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
            "start");
        return new PostgresCluster(folder, port);
    }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={_port};Username=postgres;Database={database};Pooling=true;Maximum Pool Size=50";

    public async ValueTask DisposeAsync()
    {
        try
        {
            await AsOwner("pg_ctl", "-D", Path.Combine(_folder, "data"), "-m", "immediate", "-w", "stop");
        }
        finally
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static Task<string> AsOwner(string tool, params string[] args) => Shell.IsRoot
        ? Shell.RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(Bin, tool), .. args])
        : Shell.RunAsync(Path.Combine(Bin, tool), args);
}
