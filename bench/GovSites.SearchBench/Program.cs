using System.Diagnostics;
using System.Globalization;
using GovSites.BenchCorpus;
using GovSites.Modules.Search.Engine;
using Lucene.Net.Analysis.TokenAttributes;

// Search benchmark (issue 5): index the synthetic county corpus, measure index size, query latency with
// highlighting over 1,000 queries of 1–3 words drawn from the corpus, and relevance on a fixed query set.
// Usage: dotnet run -c Release --project bench/GovSites.SearchBench -- [articles=50000]
var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 50_000;
var folder = Directory.CreateTempSubdirectory("govsites-searchbench-").FullName;
var corpus = new SyntheticCorpus(count);
Console.WriteLine($"Corpus: {count} articles, {SyntheticCorpus.Sites.Count} sites, index in {folder}");

var index = new LuceneSearchIndex(folder);
var clock = Stopwatch.StartNew();
var articles = corpus.Articles().ToList();
// ANALYZE_ONLY=1: segmentation speed alone (SmartCn), to tell analysis cost from index cost.
if (Environment.GetEnvironmentVariable("ANALYZE_ONLY") == "1")
{
    var a0 = Stopwatch.StartNew();
    var tokens = 0;
    foreach (var a in articles.Take(200))
    {
        tokens += Words(index, string.Join("\n", a.Paragraphs)).Count;
    }

    Console.WriteLine($"Analyzed 200 bodies ({tokens} tokens) in {a0.Elapsed.TotalMilliseconds:F0} ms");
    a0.Restart();
    tokens = 0;
    foreach (var a in articles.Take(200))
    {
        tokens += Words(index, string.Join("\n", a.Paragraphs)).Count;
    }

    Console.WriteLine($"Again: {a0.Elapsed.TotalMilliseconds:F0} ms");
    return;
}

var generated = clock.Elapsed;
clock.Restart();
foreach (var site in articles.GroupBy(a => a.Site.Key))
{
    foreach (var chunk in site.Chunk(2_000))
    {
        await index.ApplyAsync(new IndexBatch(site.Key, 1, false, [.. chunk.Select(Document)], []), CancellationToken.None);
    }
}

var indexing = clock.Elapsed;
var size = new DirectoryInfo(folder).EnumerateFiles().Sum(f => f.Length);
Console.WriteLine($"Generated in {generated.TotalSeconds:F1} s; indexed in {indexing.TotalSeconds:F1} s = {count / indexing.TotalSeconds:F0} docs/s; index {size / 1048576.0:F0} MiB");

// 1,000 queries of 1–3 consecutive words (as the analyzer segments them) from random titles and bodies.
var random = new Random(5);
var queries = new List<string>();
while (queries.Count < 1_100)
{
    var article = articles[random.Next(articles.Count)];
    var text = random.Next(2) == 0 ? article.Title : article.Paragraphs[random.Next(article.Paragraphs.Count)];
    var words = Words(index, text).Where(w => w.Length >= 2).ToList();
    if (words.Count == 0)
    {
        continue;
    }

    var take = Math.Min(words.Count, 1 + random.Next(3));
    var start = random.Next(words.Count - take + 1);
    queries.Add(string.Join(take > 1 && random.Next(2) == 0 ? " " : "", words.Skip(start).Take(take)));
}

foreach (var query in queries.Take(100))
{
    index.Search(new SearchQuery(query, [])); // warm-up
}

var times = new List<double>();
long hits = 0;
foreach (var query in queries.Skip(100))
{
    var one = Stopwatch.StartNew();
    var results = index.Search(new SearchQuery(query, []));
    times.Add(one.Elapsed.TotalMilliseconds);
    hits += results.Total;
}

times.Sort();
Console.WriteLine($"Queries: {times.Count}, with highlighting of 10 hits: p50 {times[times.Count / 2]:F2} ms, p99 {times[(int)(times.Count * 0.99)]:F2} ms, max {times[^1]:F1} ms; mean hits {hits / times.Count}");
Console.WriteLine($"Examples: {string.Join(" | ", queries.Skip(100).Take(8))}");

// Relevance: for 40 fixed articles, a query a person would type for it; is it in the top 3?
var inTop3 = 0;
var relevance = new List<string>();
for (var k = 0; k < 40; k++)
{
    var article = articles[(int)((k * 1237L + 611) % articles.Count)];
    var words = Words(index, article.Title).Where(w => w.Length >= 2).ToList();
    // Even k: the whole title as typed; odd k: its words without the site's name, as "topic + action" queries.
    var query = k % 2 == 0 ? article.Title : string.Join(" ", words.Where(w => !article.Site.ShortName.Contains(w, StringComparison.Ordinal)).Take(4));
    var results = index.Search(new SearchQuery(query, [], PageSize: 3));
    var found = results.Hits.Any(h => h.ArticleId == article.Index + 1 && h.SiteKey == article.Site.Key);
    inTop3 += found ? 1 : 0;
    relevance.Add($"{(found ? "top3" : "miss")}\t{query}\t→ {article.Site.Key}/{article.Channel.Key}/{article.Index + 1}");
}

Console.WriteLine($"Relevance: {inTop3} of 40 queries have the expected article in the top 3");
File.WriteAllLines(Path.Combine(folder, "..", "govsites-searchbench-relevance.tsv"), relevance);
Console.WriteLine(string.Join("\n", relevance.Take(12)));
index.Dispose();
Directory.Delete(folder, true);

static SearchDocument Document(CorpusArticle a) =>
    new(a.Site.Key, a.Site.Name, $"{a.Channel.Key}/{a.Index + 1}.html", "", a.Channel.Key, a.Channel.Name, "article", a.Title, string.Join("\n", a.Paragraphs), a.PublishedAt, a.Index + 1);

static List<string> Words(LuceneSearchIndex index, string text)
{
    var words = new List<string>();
    using var stream = index.Analyzer.GetTokenStream("body", text);
    var term = stream.AddAttribute<ICharTermAttribute>();
    stream.Reset();
    while (stream.IncrementToken())
    {
        words.Add(term.ToString());
    }

    stream.End();
    return words;
}
