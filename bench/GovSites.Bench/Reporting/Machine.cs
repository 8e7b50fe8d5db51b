using System.Runtime;
using System.Runtime.InteropServices;

namespace GovSites.Bench.Reporting;

/// <summary>What the figures were measured on, printed at the head of every run.</summary>
internal static class Machine
{
    public static void Print(Options options)
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        var memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1024.0 / 1024 / 1024;
        Console.WriteLine($"GovSites benchmark — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        Console.WriteLine($"Machine: {cpu ?? RuntimeInformation.ProcessArchitecture.ToString()}, {Environment.ProcessorCount} cores, {memory:0} GiB; {RuntimeInformation.OSDescription}");
        Console.WriteLine($"Runtime: {RuntimeInformation.FrameworkDescription}, {(GCSettings.IsServerGC ? "server" : "workstation")} GC; Release build: {IsRelease()}");
        Console.WriteLine($"Client and server run in this one process and share the {Environment.ProcessorCount} cores; one request at a time, over HTTP on 127.0.0.1.");
        Console.WriteLine($"Plan: {options.Articles:N0} articles; per scenario and database {options.Warmup} untimed requests, then {options.Requests} timed in blocks of {options.Block}, alternating the databases.");
        Console.WriteLine($"Load: {LoadAverage()} — the machine is shared; other work on it slows both databases alike.");
        Console.WriteLine();
    }

    /// <summary>The 1-, 5- and 15-minute load averages: anything well above 1 means something else was running too.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static bool IsRelease() =>
        typeof(Program).Assembly.GetCustomAttributes(typeof(System.Diagnostics.DebuggableAttribute), false)
            .OfType<System.Diagnostics.DebuggableAttribute>().All(d => !d.IsJITOptimizerDisabled);
}
