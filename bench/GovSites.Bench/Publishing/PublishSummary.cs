using System.Globalization;
using System.Text.RegularExpressions;

namespace GovSites.Bench.Publishing;

/// <summary>
/// Reads what bench/publish/run.sh kept of each full build — <c>{tool}-{articles}-{run}.time</c> (GNU time -v),
/// <c>.files</c> (HTML and XML files written) and, for Hugo, <c>.log</c> (its page table) — and prints per tool and
/// size the median pages/s and peak memory with their range, and GovSites against the targets (3× Hugo's pages/s,
/// less than half its peak memory).
/// </summary>
internal static partial class PublishSummary
{
    private sealed record Build(string Tool, int Articles, int Run, double Seconds, double CpuSeconds, long PeakKb, int Files, int HugoPages);

    public static void Print(string directory)
    {
        var builds = Directory.GetFiles(directory, "*.time").Order(StringComparer.Ordinal).Select(Read).ToList();
        Console.WriteLine("| Articles | Tool | Runs | Pages (files written) | Wall s, median (range) | Pages/s, median (range) | CPU s (user+sys) | Pages per CPU-second | Peak RSS MiB, median (range) |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var group in builds.GroupBy(b => (b.Articles, b.Tool)).OrderBy(g => g.Key.Articles).ThenBy(g => g.Key.Tool, StringComparer.Ordinal))
        {
            var b = group.ToList();
            var pages = b.Select(x => x.Files).Distinct().ToList();
            var hugo = group.Key.Tool == "hugo" ? $"; Hugo reports {string.Join("/", b.Select(x => x.HugoPages).Distinct())} pages+paginator pages" : "";
            Console.WriteLine(Invariant($"| {group.Key.Articles:N0} | {group.Key.Tool} | {b.Count} | {string.Join("/", pages.Select(p => p.ToString("N0", CultureInfo.InvariantCulture)))}{hugo} | {Range(b.Select(x => x.Seconds), "0.0")} | {Range(b.Select(x => x.Files / x.Seconds), "0")} | {Range(b.Select(x => x.CpuSeconds), "0.0")} | {Range(b.Select(x => x.Files / x.CpuSeconds), "0")} | {Range(b.Select(x => x.PeakKb / 1024.0), "0")} |"));
        }

        Console.WriteLine();
        foreach (var size in builds.Select(b => b.Articles).Distinct().Order())
        {
            var gov = builds.Where(b => b.Articles == size && b.Tool == "govsites").ToList();
            var hugo = builds.Where(b => b.Articles == size && b.Tool == "hugo").ToList();
            if (gov.Count == 0 || hugo.Count == 0)
            {
                continue;
            }

            // Ratios run by run (each GovSites build against the Hugo build next to it), then their median.
            var speed = gov.Zip(hugo, (g, h) => (g.Files / g.Seconds) / (h.Files / h.Seconds)).ToList();
            var memory = gov.Zip(hugo, (g, h) => (double)g.PeakKb / h.PeakKb).ToList();
            var cpu = gov.Zip(hugo, (g, h) => (g.Files / g.CpuSeconds) / (h.Files / h.CpuSeconds)).ToList();
            Console.Write(Invariant($"{size:N0} articles: GovSites pages/s = {Range(speed, "0.00")}× Hugo's (target ≥ 3×: {(Median(speed) >= 3 ? "met" : "NOT met")}); "));
            Console.WriteLine(Invariant($"peak memory = {Range(memory, "0.00")}× Hugo's (target < 0.5×: {(Median(memory) < 0.5 ? "met" : "NOT met")}); pages per CPU-second = {Range(cpu, "0.00")}× Hugo's"));
        }
    }

    private static Build Read(string timeFile)
    {
        var name = Path.GetFileNameWithoutExtension(timeFile).Split('-');
        var text = File.ReadAllText(timeFile);
        var wall = WallPattern().Match(text).Groups[1].Value.Split(':').Select(p => double.Parse(p, CultureInfo.InvariantCulture)).Aggregate(0.0, (total, part) => (total * 60) + part);
        var peak = long.Parse(PeakPattern().Match(text).Groups[1].Value, CultureInfo.InvariantCulture);
        var cpu = CpuPattern().Matches(text).Sum(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
        var files = int.Parse(File.ReadAllText(Path.ChangeExtension(timeFile, ".files")).Trim(), CultureInfo.InvariantCulture);
        var hugoPages = 0;
        if (name[0] == "hugo" && File.Exists(Path.ChangeExtension(timeFile, ".log")))
        {
            var log = File.ReadAllText(Path.ChangeExtension(timeFile, ".log"));
            hugoPages = HugoRow(log, "Pages") + HugoRow(log, "Paginator pages");
        }

        return new Build(name[0], int.Parse(name[1], CultureInfo.InvariantCulture), int.Parse(name[2], CultureInfo.InvariantCulture), wall, cpu, peak, files, hugoPages);
    }

    private static int HugoRow(string log, string row) =>
        Regex.Match(log, @"^\s*" + Regex.Escape(row) + @"\s*\|\s*(\d+)", RegexOptions.Multiline) is { Success: true } m
            ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)
            : 0;

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Range(IEnumerable<double> values, string format)
    {
        var list = values.ToList();
        return list.Count == 1
            ? list[0].ToString(format, CultureInfo.InvariantCulture)
            : $"{Median(list).ToString(format, CultureInfo.InvariantCulture)} ({list.Min().ToString(format, CultureInfo.InvariantCulture)}–{list.Max().ToString(format, CultureInfo.InvariantCulture)})";
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)")]
    private static partial Regex WallPattern();

    [GeneratedRegex(@"(?:User|System) time \(seconds\): ([\d.]+)")]
    private static partial Regex CpuPattern();

    [GeneratedRegex(@"Maximum resident set size \(kbytes\): (\d+)")]
    private static partial Regex PeakPattern();
}
