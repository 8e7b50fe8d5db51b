using System.Globalization;

namespace GovSites.BenchCorpus;

/// <summary>
/// A deterministic corpus of county government articles in Simplified Chinese for the benchmarks: about
/// 1,500 characters each, in paragraphs drawn from a pool of thousands of distinct sentences (built from
/// <see cref="Vocabulary"/> with Zipf weights) and from sentences made for the article's own topic, so that
/// words have realistic frequencies. The same seed and count give the same articles on every machine;
/// <see cref="Article"/> makes any one of them without the others.
/// </summary>
public sealed class SyntheticCorpus
{
    public const int DefaultSeed = 20_261_127;

    private static readonly string[] TitleTemplates =
    [
        "{u}召开{t}工作推进会", "{u}开展{t}专项行动", "关于做好{y}年{t}工作的通知", "{u}扎实推进{t}工作",
        "{u}{y}年{m}月{t}工作简报", "{u}部署{t}重点工作", "关于印发《{u}{t}实施方案》的通知",
        "一图读懂{u}{t}新举措", "{u}组织开展{t}宣传活动", "{u}领导带队督导{t}工作", "{p}：{t}工作见实效",
        "{u}{t}工作取得阶段性成效", "关于{y}年{t}资金分配情况的公示", "{u}召开{y}年{t}工作会议",
        "{u}多措并举抓好{t}", "关于进一步加强{t}工作的通知", "{p}{t}{a}侧记", "{u}关于{t}有关事项的公告",
    ];

    private static readonly string[] Offices = ["党政综合办公室", "社会事务综合服务中心", "应急管理办公室", "经济发展办公室", "综合行政执法大队", "办公室", "宣传组"];

    private static readonly DateTimeOffset Start = new(2021, 12, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset End = new(2026, 11, 20, 0, 0, 0, TimeSpan.Zero);

    private readonly string[] pool;
    private readonly Zipf poolZipf;
    private readonly int seed;
    private readonly int[] siteWeights;

    /// <param name="count">Articles in the corpus: their dates spread over five years in index order.</param>
    /// <param name="seed">Fixes the sentence pool and every article.</param>
    /// <param name="poolSize">Distinct sentences in the shared pool.</param>
    public SyntheticCorpus(int count, int seed = DefaultSeed, int poolSize = 8_000)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        Count = count;
        this.seed = seed;
        var random = new Random(seed);
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        var list = new List<string>(poolSize);
        for (var attempts = 0; list.Count < poolSize; attempts++)
        {
            if (attempts > poolSize * 20)
            {
                throw new InvalidOperationException($"Only {list.Count} distinct sentences after {attempts} attempts.");
            }

            var sentence = SentenceMaker.Make(random);
            if (distinct.Add(sentence))
            {
                list.Add(sentence);
            }
        }

        pool = [.. list];
        poolZipf = new Zipf(pool.Length, 0.5);
        siteWeights = [.. Sites.Select(s => s.Weight)];
    }

    public int Count { get; }

    public static IReadOnlyList<CorpusSite> Sites => CountySites.All;

    /// <summary>The shared sentence pool, for a look at it (distinct, in the order made).</summary>
    public IReadOnlyList<string> SentencePool => pool;

    /// <summary>Every article, in index (publication) order, made one at a time.</summary>
    public IEnumerable<CorpusArticle> Articles()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return Article(i);
        }
    }

    public CorpusArticle Article(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        var random = new Random(unchecked((seed * 7_919) + index));
        var site = Sites[Pick(random, siteWeights)];
        var channels = site.ListChannels.ToList();
        var channel = channels[Pick(random, [.. channels.Select(c => c.Weight)])];
        var slot = (End - Start).Ticks / Count;
        var at = Start.AddTicks((slot * index) + (long)(random.NextDouble() * slot * 0.9));
        at = new DateTimeOffset(at.Ticks - (at.Ticks % TimeSpan.TicksPerMinute), TimeSpan.Zero);
        var topic = SentenceMaker.Topic(random);
        var township = SentenceMaker.Township(random);
        var paragraphs = Body(random, topic);
        return new CorpusArticle
        {
            Index = index,
            Site = site,
            Channel = channel,
            Title = Title(random, site, topic, township, at),
            PublishedAt = at,
            Topic = topic,
            Source = site.Name,
            Author = site.ShortName + Offices[random.Next(Offices.Length)] + " " + SentenceMaker.Name(random),
            Keywords = topic + " " + township,
            Summary = paragraphs[0].Length > 120 ? paragraphs[0][..120] : paragraphs[0],
            Paragraphs = paragraphs,
        };
    }

    /// <summary>1,300–1,700 characters: a lead on the topic, then paragraphs of 2–5 sentences, a third of them on the topic.</summary>
    private List<string> Body(Random random, string topic)
    {
        var target = random.Next(1_300, 1_700);
        var paragraphs = new List<string> { SentenceMaker.Make(random, topic) + SentenceMaker.Make(random, topic) };
        var length = paragraphs[0].Length;
        while (length < target)
        {
            var paragraph = new System.Text.StringBuilder();
            for (var n = random.Next(2, 6); n > 0 && length + paragraph.Length < target; n--)
            {
                paragraph.Append(random.Next(3) == 0 ? SentenceMaker.Make(random, topic) : pool[poolZipf.Next(random)]);
            }

            paragraphs.Add(paragraph.ToString());
            length += paragraph.Length;
        }

        return paragraphs;
    }

    private static string Title(Random random, CorpusSite site, string topic, string township, DateTimeOffset at) =>
        TitleTemplates[random.Next(TitleTemplates.Length)]
            .Replace("{u}", site.ShortName, StringComparison.Ordinal)
            .Replace("{p}", site.Kind == "乡镇" ? site.ShortName : township, StringComparison.Ordinal)
            .Replace("{t}", topic, StringComparison.Ordinal)
            .Replace("{a}", random.Next(2) == 0 ? "工作" : "专项行动", StringComparison.Ordinal)
            .Replace("{y}", at.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{m}", at.Month.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private static int Pick(Random random, int[] weights)
    {
        var x = random.Next(weights.Sum());
        for (var i = 0; i < weights.Length; i++)
        {
            x -= weights[i];
            if (x < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }
}
