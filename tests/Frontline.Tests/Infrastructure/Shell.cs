using System.Diagnostics;

namespace Frontline.Tests.Infrastructure;

/// <summary>Runs a program to its end and fails loudly, with its output, if it does not succeed.</summary>
internal static class Shell
{
    public static async Task<string> RunAsync(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var output = await stdout + await stderr;
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} exited with {process.ExitCode}:\n{output}");
        return output;
    }

    public static bool IsRoot => Environment.UserName == "root";
}
