using System.Globalization;
using GovSites.BenchCorpus;

namespace GovSites.Bench.Publishing;

/// <summary>
/// The publishing benchmark's commands (issue 4; bench/publish/run.sh runs them):
/// <c>corpus-sample</c> prints articles and statistics of the corpus; <c>hugo-content DIR --articles N</c>
/// writes it as Hugo content; <c>publish-seed DATADIR --articles N</c> makes a GovSites database holding it;
/// <c>publish-incremental</c> measures approval → page served against a running app.
/// </summary>
internal static class PublishMain
{
    public static readonly string[] Commands = ["corpus-sample", "hugo-content", "publish-seed", "publish-incremental", "publish-summary"];

    public static async Task<int> RunAsync(string[] args)
    {
        var articles = Int(args, "--articles", 50_000);
        var seed = Int(args, "--seed", SyntheticCorpus.DefaultSeed);
        switch (args[0])
        {
            case "corpus-sample":
                CorpusSample.Print(new SyntheticCorpus(articles, seed), Int(args, "--show", 2));
                return 0;
            case "hugo-content":
                var clock = System.Diagnostics.Stopwatch.StartNew();
                var written = HugoContent.Write(new SyntheticCorpus(articles, seed), args[1]);
                Runner.Log($"wrote {written:N0} articles as Hugo content into {args[1]} in {clock.Elapsed.TotalSeconds:0.0} s");
                return 0;
            case "publish-seed":
                await PublishSeed.RunAsync(args[1], new SyntheticCorpus(articles, seed), Int(args, "--waiting", 0));
                return 0;
            case "publish-summary":
                PublishSummary.Print(args[1]);
                return 0;
            case "publish-incremental":
                return await IncrementalBench.RunAsync(args);
            default:
                throw new ArgumentException($"Unknown command {args[0]}.");
        }
    }

    public static int Int(string[] args, string name, int fallback) =>
        Option(args, name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

    public static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
