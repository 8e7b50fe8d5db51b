using System.Globalization;
using GovSites.BenchCorpus;

namespace GovSites.Bench.Publishing;

/// <summary>A look at the corpus: a few articles, their lengths, and the frequencies of its commonest words.</summary>
internal static class CorpusSample
{
    private static readonly int[] Ranks = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1_000, 2_000, 5_000];

    public static void Print(SyntheticCorpus corpus, int show)
    {
        foreach (var article in corpus.Articles().Take(show))
        {
            Console.WriteLine($"#{article.Index + 1} {article.Site.Key}/{article.Channel.Key} {article.PublishedAt:yyyy-MM-dd HH:mm} {article.Title}");
            Console.WriteLine(string.Join("\n", article.Paragraphs));
            Console.WriteLine();
        }

        var sample = corpus.Articles().Take(Math.Min(corpus.Count, 2_000)).ToList();
        var lengths = sample.Select(a => a.Length).Order().ToList();
        Console.WriteLine($"sentence pool: {corpus.SentencePool.Count:N0} distinct sentences");
        Console.WriteLine($"first {sample.Count:N0} articles: length min {lengths[0]}, median {lengths[lengths.Count / 2]}, max {lengths[^1]} characters; "
            + $"distinct titles {sample.Select(a => a.Title).Distinct().Count():N0}");
        Console.WriteLine("per site: " + string.Join(", ", sample.GroupBy(a => a.Site.Key).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}")));

        // Two-character sequences as a stand-in for words: their rank-frequency curve should fall as a power law.
        var bigrams = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in sample.SelectMany(a => a.Paragraphs))
        {
            for (var i = 0; i + 1 < text.Length; i++)
            {
                if (char.IsLetter(text[i]) && char.IsLetter(text[i + 1]) && text[i] > 0x2E80)
                {
                    var key = text.Substring(i, 2);
                    bigrams[key] = bigrams.GetValueOrDefault(key) + 1;
                }
            }
        }

        var ranked = bigrams.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).ToList();
        Console.WriteLine($"distinct character bigrams: {ranked.Count:N0}; rank: frequency");
        foreach (var rank in Ranks.Where(r => r <= ranked.Count))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {rank,5}: {ranked[rank - 1].Value,7} {ranked[rank - 1].Key}"));
        }
    }
}
