using System.Globalization;

namespace GovSites.Bench.Reporting;

/// <summary>Percentiles of one series of one database: the rows of the table and of the results file.</summary>
internal sealed record ResultRow(string Key, string Title, string Database, int Count, double P50, double P95, double P99, double TargetMs, bool IsTarget)
{
    public const string Tag = "result";

    /// <summary>Nearest rank: the smallest sample with at least p % of the samples at or below it.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];

    public static ResultRow Of(string key, string title, string database, IEnumerable<double> samples, double targetMs, bool isTarget)
    {
        var sorted = samples.Order().ToList();
        return new ResultRow(key, title, database, sorted.Count, Percentile(sorted, 50), Percentile(sorted, 95), Percentile(sorted, 99), targetMs, isTarget);
    }

    public string ToLine() => string.Join('\t', Tag, Key, Title, Database, Count.ToString(CultureInfo.InvariantCulture),
        F(P50), F(P95), F(P99), F(TargetMs), IsTarget ? "target" : "info");

    public static ResultRow? Parse(string line)
    {
        var f = line.Split('\t');
        return f.Length == 10 && f[0] == Tag
            ? new ResultRow(f[1], f[2], f[3], int.Parse(f[4], CultureInfo.InvariantCulture), D(f[5]), D(f[6]), D(f[7]), D(f[8]), f[9] == "target")
            : null;
    }

    private static string F(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static double D(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}

/// <summary>Prints one run's table, and the summary over several runs' results files.</summary>
internal static class Table
{
    public static void Print(IReadOnlyList<ResultRow> rows)
    {
        Console.WriteLine();
        Console.WriteLine(Line("Scenario", "Database", "n", "p50 ms", "p95 ms", "p99 ms", "target", "p95/target"));
        foreach (var r in rows)
        {
            Console.WriteLine(Line(r.Title, r.Database, N(r.Count), Ms(r.P50), Ms(r.P95), Ms(r.P99), Target(r), Ratio(r.P95, r)));
        }
    }

    /// <summary>Median and range (min–max) of each percentile over the runs, and the median p95 against the target.</summary>
    public static void Summarize(IReadOnlyList<IReadOnlyList<ResultRow>> runs)
    {
        Console.WriteLine($"Median of {runs.Count} runs, with the range (min–max) over the runs; p95/target from the median p95.");
        Console.WriteLine();
        Console.WriteLine(Line("Scenario", "Database", "runs", "p50 ms", "p95 ms", "p99 ms", "target", "p95/target"));
        foreach (var group in runs.SelectMany(r => r).GroupBy(r => (r.Key, r.Database)))
        {
            var first = group.First();
            var p95 = Median(group.Select(r => r.P95));
            Console.WriteLine(Line(
                first.Title, first.Database, N(group.Count()),
                Spread(group.Select(r => r.P50)), Spread(group.Select(r => r.P95)), Spread(group.Select(r => r.P99)),
                Target(first), Ratio(p95, first) + (first.IsTarget ? (p95 < first.TargetMs ? " met" : " MISSED") : string.Empty)));
        }
    }

    private static string Line(string title, string database, string n, string p50, string p95, string p99, string target, string ratio) =>
        $"{Pad(title, 46)} {database,-10} {n,4} {p50,18} {p95,18} {p99,18} {target,7} {ratio}";

    /// <summary>Pads to a width in terminal columns: a Chinese character takes two.</summary>
    private static string Pad(string text, int width) => text + new string(' ', Math.Max(1, width - text.Sum(c => c > 0x2E80 ? 2 : 1)));

    private static string Spread(IEnumerable<double> values)
    {
        var list = values.ToList();
        return $"{Ms(Median(list))} ({Ms(list.Min())}–{Ms(list.Max())})";
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Target(ResultRow r) => r.TargetMs > 0 ? "<" + r.TargetMs.ToString("0", CultureInfo.InvariantCulture) : string.Empty;

    private static string Ratio(double value, ResultRow r) => r.TargetMs > 0 ? (value / r.TargetMs).ToString("0.00", CultureInfo.InvariantCulture) : string.Empty;

    private static string Ms(double value) => value.ToString(value < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture);

    private static string N(int count) => count.ToString(CultureInfo.InvariantCulture);
}
