using System.Diagnostics;

namespace JinIp.Web.BrowserTests.Hosting;

/// <summary>Runs the real <c>jinip</c> command (the built CLI assembly) as a separate process against the test host's database.</summary>
public static class JinIpCli
{
    public static async Task<(int Code, string Output)> RunAsync(JinIpWebHost host, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(FindCli());
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.ArgumentList.Add("--data-dir");
        start.ArgumentList.Add(host.DataFolder);
        foreach (var (key, value) in host.DatabaseEnvironment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    /// <summary>src/JinIp.Cli/bin/{same configuration as the tests}/net10.0/jinip.dll, built with the solution.</summary>
    private static string FindCli()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "JinIp.Cli", "bin", configuration, "net10.0", "jinip.dll");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"jinip.dll ({configuration}) was not found: build the solution first (dotnet build JinIp.slnx).");
    }
}
