using System.Diagnostics;

namespace GovSites.Bench.Publishing;

/// <summary>The app as production runs it: <c>dotnet GovSites.dll</c> in its own process, Production environment, its output to a log file.</summary>
internal static class AppProcess
{
    public static Process Start(string app, string dataDirectory, Uri url, string logFile)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.GetFullPath(app), "--urls", url.ToString().TrimEnd('/') },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(Path.GetFullPath(app))!,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["GovSites__DataDirectory"] = dataDirectory;
        start.Environment["GovSites__Publishing__PublicOrigin"] = url.ToString().TrimEnd('/');
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the app.");
        var log = new StreamWriter(logFile, append: true) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        Runner.Log($"started the app (pid {process.Id}) on {url}, its output in {logFile}");
        return process;
    }

    /// <summary>Ends the app this benchmark started (its process and children only).</summary>
    public static void Stop(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is not null)
        {
            lock (log)
            {
                log.WriteLine(line);
            }
        }
    }
}
