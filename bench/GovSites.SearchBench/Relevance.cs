using GovSites.BenchCorpus;
using GovSites.Modules.Search.Engine;

namespace GovSites.SearchBench;

/// <summary>
/// A fixed set of 40 queries, each with the articles that should come first, made from 40 fixed articles of the
/// corpus (the same on every machine) in four kinds a resident types:
/// <list type="bullet">
/// <item>the whole title, copied: expected, the articles with exactly that title;</item>
/// <item>"unit topic" (泷泊镇 安全生产): expected, articles whose title holds both;</item>
/// <item>"topic kind-of-document [year]" (安全生产 实施方案 2024): expected, articles whose title holds all of it;</item>
/// <item>a phrase of 3–4 words from the article's body, held by at most 5 articles: expected, those articles.</item>
/// </list>
/// A query counts when one of its expected articles is in the top 3 (and, separately, first); the rank of the first
/// expected article in the top 50 is printed for each. Articles are known in
/// the index by site and publication minute (the release pages carry no corpus number).
/// </summary>
internal static class Relevance
{
    private const int Queries = 40;

    private static readonly string[] DocumentWords =
        ["推进会", "专项行动", "通知", "简报", "重点工作", "实施方案", "新举措", "宣传活动", "督导", "阶段性成效", "公示", "工作会议", "公告", "侧记", "见实效", "多措并举"];

    public static void Run(LuceneSearchIndex index, List<CorpusArticle> articles)
    {
        var bodies = articles.Select(a => string.Concat(a.Paragraphs)).ToList();
        var keys = articles.Select(Key).ToList();
        var top1 = 0;
        var top3 = 0;
        var lines = new List<string>();
        for (var k = 0; k < Queries; k++)
        {
            var article = articles[(int)((k * 1237L + 611) % articles.Count)];
            var (query, expected) = (k % 4) switch
            {
                0 => (article.Title, TitleHolds(article.Title, exact: true)),
                1 => ($"{article.Site.ShortName} {article.Topic}", TitleHolds(article.Site.ShortName, article.Topic)),
                2 => TopicAndKind(article),
                _ => BodyPhrase(index, article, articles, bodies, keys, k),
            };
            var results = index.Search(new SearchQuery(query, [], PageSize: 50));
            var rank = results.Hits.Select(expected).ToList().IndexOf(true) + 1;
            top1 += rank == 1 ? 1 : 0;
            top3 += rank is >= 1 and <= 3 ? 1 : 0;
            var where = rank switch { 0 => "MISS (not in the top 50)", <= 3 => $"top3 (rank {rank})", _ => $"MISS (rank {rank})" };
            lines.Add($"{where}\t{query}\t{results.Total} hits\t{string.Join(" | ", results.Hits.Take(3).Select(h => (expected(h) ? "+" : "-") + h.Title))}");
        }

        Console.WriteLine($"relevance: {top3} of {Queries} queries have an expected article in the top 3; {top1} of {Queries} have one first");
        foreach (var line in lines)
        {
            Console.WriteLine("  " + line);
        }
    }

    private static Func<SearchHit, bool> TitleHolds(string title, bool exact) =>
        hit => exact ? hit.Title == title : hit.Title.Contains(title, StringComparison.Ordinal);

    private static Func<SearchHit, bool> TitleHolds(params string[] parts) =>
        hit => parts.All(p => hit.Title.Contains(p, StringComparison.Ordinal));

    private static (string, Func<SearchHit, bool>) TopicAndKind(CorpusArticle article)
    {
        var kind = DocumentWords.FirstOrDefault(w => article.Title.Contains(w, StringComparison.Ordinal)) ?? "工作";
        var year = article.PublishedAt.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        string[] parts = article.Title.Contains(year, StringComparison.Ordinal) ? [article.Topic, kind, year] : [article.Topic, kind];
        return (string.Join(" ", parts), TitleHolds(parts));
    }

    /// <summary>3–4 consecutive words of a paragraph, typed without spaces, as they stand in its text, that at most 5 articles hold (the first such window found).</summary>
    private static (string, Func<SearchHit, bool>) BodyPhrase(LuceneSearchIndex index, CorpusArticle article, List<CorpusArticle> articles, List<string> bodies, List<string> keys, int seed)
    {
        var random = new Random(seed);
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var words = QueryBench.Words(index.Analyzer, article.Paragraphs[random.Next(article.Paragraphs.Count)]);
            var take = 3 + random.Next(2);
            if (words.Count < take)
            {
                continue;
            }

            var start = random.Next(words.Count - take + 1);
            var phrase = string.Concat(words.Skip(start).Take(take));
            // The analyzer drops punctuation: a window across a comma is not text of the page.
            if (phrase.Length < 6 || !bodies[article.Index].Contains(phrase, StringComparison.Ordinal))
            {
                continue;
            }

            var holders = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < bodies.Count && holders.Count <= 5; i++)
            {
                if (bodies[i].Contains(phrase, StringComparison.Ordinal))
                {
                    holders.Add(keys[i]);
                }
            }

            if (holders.Count <= 5)
            {
                return (phrase, hit => holders.Contains(hit.SiteKey + "@" + hit.PublishedAt?.ToUnixTimeSeconds()));
            }
        }

        return (article.Title, TitleHolds(article.Title, exact: true));
    }

    private static string Key(CorpusArticle a) => a.Site.Key + "@" + a.PublishedAt.ToUnixTimeSeconds();
}
