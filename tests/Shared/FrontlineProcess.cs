using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;

namespace Frontline.Testing;

/// <summary>What a one-shot `frontline` command answered.</summary>
public sealed record CliRun(int ExitCode, string Output);

/// <summary>
/// The real built `frontline` executable, run as a child process: a server on a free loopback port with
/// its own SQLite folder, or a one-shot command. Tests see what an operator sees, output included.
/// </summary>
public sealed class FrontlineProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly bool ownsDataDirectory;

    private FrontlineProcess(Process process, Uri baseAddress, string dataDirectory, bool ownsDataDirectory)
    {
        this.process = process;
        this.ownsDataDirectory = ownsDataDirectory;
        BaseAddress = baseAddress;
        DataDirectory = dataDirectory;
    }

    public Uri BaseAddress { get; }
    public string DataDirectory { get; }
    public bool HasExited => process.HasExited;

    /// <summary>Everything the process wrote to standard output and error so far.</summary>
    public string Output { get { lock (output) return output.ToString(); } }

    /// <summary>The folder holding Frontline.slnx, above the test assembly.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The executable built in the test assembly's own configuration (Debug or Release).</summary>
    public static string Executable { get; } = Path.Combine(RepositoryRoot, "src", "Frontline.Web", "bin",
        typeof(FrontlineProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug",
        "net10.0", "frontline.dll");

    /// <summary>A new empty folder for a SQLite database.</summary>
    public static string NewDataDirectory() =>
        Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "frontline-test-" + Guid.NewGuid().ToString("N")[..12])).FullName;

    /// <summary>
    /// Starts `frontline serve` or `frontline demo` and returns once GET /health answers. Without a data folder
    /// it makes a fresh one and deletes it on dispose; a given folder is the caller's.
    /// </summary>
    public static Task<FrontlineProcess> StartAsync(string command, string? dataDirectory = null, params string[] more) =>
        StartAsync(command, new Dictionary<string, string>(), dataDirectory, more);

    /// <param name="settings">Configuration as environment variables (`Frontline__Mail__SmtpHost`), for settings no option carries.</param>
    public static async Task<FrontlineProcess> StartAsync(string command, IReadOnlyDictionary<string, string> settings, string? dataDirectory = null,
        params string[] more)
    {
        var owns = dataDirectory is null;
        dataDirectory ??= NewDataDirectory();
        var baseAddress = new Uri($"http://127.0.0.1:{FreePort()}");
        var started = new FrontlineProcess(Launch([command, "--data", dataDirectory, "--urls", baseAddress.ToString().TrimEnd('/'), .. more], settings),
            baseAddress, dataDirectory, owns);
        started.Capture();
        try
        {
            await started.WaitUntilHealthyAsync();
        }
        catch
        {
            await started.DisposeAsync();
            throw;
        }
        return started;
    }

    /// <summary>Runs a command such as `db migrate` to its end.</summary>
    public static async Task<CliRun> RunAsync(params string[] args)
    {
        using var process = Launch(args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(StartTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"`frontline {string.Join(' ', args)}` did not finish within {StartTimeout.TotalSeconds} s.");
        }
        return new CliRun(process.ExitCode, await stdout + await stderr);
    }

    /// <summary>Asks the server to shut down as on Ctrl+C (SIGTERM) and waits for it; kills it if it hangs.</summary>
    public async Task StopAsync()
    {
        if (process.HasExited) return;
        if (OperatingSystem.IsWindows()) { Kill(); return; }
        _ = Signal(process.Id, SigTerm);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        try { await process.WaitForExitAsync(timeout.Token); }
        catch (OperationCanceledException) { Kill(); }
    }

    /// <summary>Ends the server at once, as a power cut would (SIGKILL): nothing gets to flush or finish.</summary>
    public void Kill()
    {
        if (process.HasExited) return;
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        process.Dispose();
        if (ownsDataDirectory) DeleteDataDirectory(DataDirectory);
        return ValueTask.CompletedTask;
    }

    /// <summary>Deletes a data folder; SQLite may still hold it briefly after the process ended.</summary>
    public static void DeleteDataDirectory(string dataDirectory)
    {
        try { Directory.Delete(dataDirectory, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    private static Process Launch(string[] args, IReadOnlyDictionary<string, string>? settings = null)
    {
        if (!File.Exists(Executable))
            throw new InvalidOperationException(
                $"The frontline executable is not built: {Executable} is missing. Run `dotnet build Frontline.slnx -c Release` (or -c Debug) first.");
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(Executable)!,
        };
        start.ArgumentList.Add(Executable);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["NO_COLOR"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        // due proactive updates go out within seconds, so a test sees one sent on schedule
        start.Environment["Frontline__Updates__CheckSeconds"] = "2";
        // the journeys post the customers' forms from one address, more than a visitor would in a minute
        start.Environment["Frontline__WebForm__PerMinute"] = "30";
        start.Environment["Frontline__Portal__CasesPerMinute"] = "30";
        foreach (var (name, value) in settings ?? new Dictionary<string, string>()) start.Environment[name] = value;
        return Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet.");
    }

    private void Capture()
    {
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"frontline exited with code {process.ExitCode} before it was healthy:\n{Output}");
            try
            {
                using var response = await http.GetAsync("/health");
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(200);
        }
        throw new TimeoutException($"frontline did not answer GET /health within {StartTimeout.TotalSeconds} s:\n{Output}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Frontline.slnx"))) return dir.FullName;
        throw new InvalidOperationException($"No Frontline.slnx above {AppContext.BaseDirectory}.");
    }

    private const int SigTerm = 15;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Signal(int pid, int signal);
}
