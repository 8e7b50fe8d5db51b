using System.Diagnostics;
using GovSites.BenchCorpus;
using GovSites.Modules.Search.Engine;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace GovSites.SearchBench;

/// <summary>
/// Query latency through the public search path (<see cref="LuceneSearchIndex.Search"/>: segmentation, the query,
/// top 10, highlighting of title and snippet of each hit, "did you mean" when little is found), then relevance.
/// </summary>
internal static class QueryBench
{
    public static int Run(string folder, int count)
    {
        var corpus = new SyntheticCorpus(count);
        var articles = corpus.Articles().ToList();
        using var index = new LuceneSearchIndex(folder);
        var queries = Queries(index.Analyzer, articles, 1_200);

        foreach (var query in queries.Take(200))
        {
            index.Search(new SearchQuery(query, [])); // warm-up, other queries than the timed ones
        }

        // CPU time of the process over the timed queries: unlike wall time, it hardly depends on how many other
        // processes share the cores (the machine's load), so it compares builds measured at different loads.
        var process = System.Diagnostics.Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var times = new List<double>();
        long hits = 0;
        var empty = 0;
        foreach (var query in queries.Skip(200))
        {
            var one = Stopwatch.StartNew();
            var results = index.Search(new SearchQuery(query, []));
            times.Add(one.Elapsed.TotalMilliseconds);
            hits += results.Total;
            empty += results.Total == 0 ? 1 : 0;
        }

        process.Refresh();
        var cpuPerQuery = (process.TotalProcessorTime - cpu).TotalMilliseconds / times.Count;
        var sorted = times.Order().ToList();
        double At(double p) => sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Count) - 1)];
        Console.WriteLine($"queries: {times.Count} (1-3 words), top 10 with highlighting, all sites");
        Console.WriteLine($"latency ms: p50 {At(0.50):F2}  p90 {At(0.90):F2}  p99 {At(0.99):F2}  max {sorted[^1]:F2}  mean {times.Average():F2}");
        Console.WriteLine($"cpu ms per query: {cpuPerQuery:F2} (process CPU time of the timed queries / {times.Count})");
        Console.WriteLine($"hits per query: mean {hits / times.Count}; queries with no hit: {empty}");
        Console.WriteLine($"examples: {string.Join(" | ", queries.Skip(200).Take(10))}");

        Relevance.Run(index, articles);
        return 0;
    }

    /// <summary>1–3 consecutive words (as the analyzer segments them, two characters or more) of a random title or paragraph, typed with or without spaces.</summary>
    private static List<string> Queries(Analyzer analyzer, List<CorpusArticle> articles, int count)
    {
        var random = new Random(5);
        var queries = new List<string>(count);
        while (queries.Count < count)
        {
            var article = articles[random.Next(articles.Count)];
            var text = random.Next(2) == 0 ? article.Title : article.Paragraphs[random.Next(article.Paragraphs.Count)];
            var words = Words(analyzer, text).Where(w => w.Length >= 2).ToList();
            if (words.Count == 0)
            {
                continue;
            }

            var take = Math.Min(words.Count, 1 + random.Next(3));
            var start = random.Next(words.Count - take + 1);
            queries.Add(string.Join(take > 1 && random.Next(2) == 0 ? " " : "", words.Skip(start).Take(take)));
        }

        return queries;
    }

    public static List<string> Words(Analyzer analyzer, string text)
    {
        var words = new List<string>();
        using var stream = analyzer.GetTokenStream(BodyField, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            words.Add(term.ToString());
        }

        stream.End();
        return words;
    }

    private const string BodyField = "body";
}
