using System.Diagnostics;
using System.Text;
using GovSites.IntegrationTests.Fixture;

namespace GovSites.IntegrationTests.Publishing;

/// <summary>
/// <c>dotnet GovSites.dll publish …</c> as an operator runs it: a separate process on the test's database and
/// releases folder, configured like <see cref="GovSitesFactory"/> configures the in-memory host.
/// </summary>
public sealed class PublisherProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private PublisherProcess(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, e) => Append("out", e.Data);
        process.ErrorDataReceived += (_, e) => Append("err", e.Data);
    }

    public bool HasExited => process.HasExited;

    public int ExitCode => process.ExitCode;

    /// <summary>What the child printed so far (stdout and stderr interleaved), for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public static PublisherProcess Start(TestDatabase database, string dataDirectory, string releasesDirectory, params string[] arguments)
    {
        // The test project references GovSites, so its dll, deps.json and runtimeconfig.json sit next to the tests'.
        var app = typeof(Program).Assembly.Location;
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(app)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(app);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["GovSites__DataDirectory"] = dataDirectory;
        start.Environment["GovSites__Database__Provider"] = database.Provider;
        start.Environment["ConnectionStrings__GovSites"] = database.ConnectionString;
        start.Environment["GovSites__Publishing__ReleasesDirectory"] = releasesDirectory;
        start.Environment["GovSites__Publishing__RunWorker"] = "false";
        start.Environment["GovSites__SeedDemo"] = "false";
        start.Environment["GovSites__Security__Passwords__HashIterations"] = "1000";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = new Process { StartInfo = start };
        var publisher = new PublisherProcess(process);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return publisher;
    }

    /// <summary>Waits for the exit; a child still running after <paramref name="timeout"/> is killed and reported.</summary>
    public async Task<int> WaitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            Kill();
            throw new TimeoutException($"The publisher did not finish within {timeout}. Output:\n{Output}");
        }

        process.WaitForExit(); // drains the redirected output
        return process.ExitCode;
    }

    /// <summary>SIGKILL, as a crash or an operator's <c>kill -9</c>: no handler of the child runs.</summary>
    public void Kill()
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }

        process.WaitForExit();
    }

    public void Dispose()
    {
        Kill();
        process.Dispose();
    }

    private void Append(string stream, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.Append(stream).Append(": ").AppendLine(line);
        }
    }
}
