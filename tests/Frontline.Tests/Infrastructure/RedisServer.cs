namespace Frontline.Tests.Infrastructure;

/// <summary>A private Redis (Debian's redis-server, which ./test.sh installs) on a free loopback port, keeping nothing on disk.</summary>
public sealed class RedisServer : IAsyncDisposable
{
    public const string Binary = "/usr/bin/redis-server";
    private readonly ServerProcess _process;

    private RedisServer(ServerProcess process, int port) => (_process, Port) = (process, port);

    public int Port { get; }
    public string ConnectionString => $"127.0.0.1:{Port}";

    public static async Task<RedisServer> StartAsync()
    {
        if (!File.Exists(Binary)) throw new InvalidOperationException($"{Binary} is missing: run ./test.sh, which installs Debian's redis-server.");
        var port = ServerProcess.FreePort();
        var process = await ServerProcess.StartAsync(Binary, ["--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1",
            "--save", "", "--appendonly", "no", "--protected-mode", "yes", "--daemonize", "no", "--dir", Path.GetTempPath()], [port], TimeSpan.FromSeconds(10));
        return new RedisServer(process, port);
    }

    public ValueTask DisposeAsync() => _process.DisposeAsync();
}
