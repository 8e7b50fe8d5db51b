using System.Net;
using System.Reflection;
using System.Text;

namespace GovSites.Bench.Seeding;

/// <summary>
/// Chinese titles and bodies for the bulk articles: titles from the templates a county's units use, bodies
/// of a few hundred characters put together from the sentences of the demo county's own articles
/// (<c>src/GovSites/Demo/Content</c>, embedded in the app). Deterministic for a given <see cref="Random"/>.
/// </summary>
internal sealed class Corpus
{
    /// <summary>Work topics of a county; the list benchmark filters titles by the first two characters of one.</summary>
    public static readonly string[] Topics =
    [
        "防汛抗旱", "森林防火", "安全生产", "乡村振兴", "人居环境整治", "春耕生产", "禁毒宣传", "消防安全",
        "食品安全", "义务教育", "医保参保", "农村低保", "耕地保护", "河长制", "林长制", "基层党建",
        "营商环境", "政务公开", "就业帮扶", "养老服务", "文明创建", "矛盾纠纷排查", "秸秆禁烧", "道路交通安全",
        "地质灾害防治", "移风易俗", "退役军人服务", "残疾人帮扶", "农村饮水安全", "高标准农田建设",
    ];

    private static readonly string[] Templates =
    [
        "{u}召开{t}工作推进会", "{u}开展{t}专项行动", "关于做好{y}年{t}工作的通知", "{u}扎实推进{t}工作",
        "{u}{y}年{m}月{t}工作简报", "{u}部署{t}重点工作", "关于印发《{u}{t}实施方案》的通知",
        "一图读懂{u}{t}新举措", "{u}组织开展{t}宣传活动", "{u}领导带队督导{t}工作",
        "{u}{t}工作取得阶段性成效", "关于{y}年{t}资金分配情况的公示", "{u}召开{y}年{t}工作会议",
        "{u}多措并举抓好{t}", "关于进一步加强{t}工作的通知",
    ];

    private readonly string[] sentences;

    private Corpus(string[] sentences) => this.sentences = sentences;

    public static Corpus FromDemoArticles()
    {
        var assembly = typeof(global::Program).Assembly;
        var list = new List<string>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("GovSites.Demo.Content.", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            list.AddRange(SentencesOf(Read(assembly, name)));
        }

        return list.Count > 100 ? new Corpus([.. list]) : throw new InvalidOperationException("The demo articles gave too few sentences.");
    }

    /// <summary>A title for an article of <paramref name="unit"/> (“泷泊镇”) about <paramref name="topic"/>.</summary>
    public static string Title(Random random, string unit, string topic, DateTimeOffset at)
    {
        var template = Templates[random.Next(Templates.Length)];
        return template.Replace("{u}", unit, StringComparison.Ordinal).Replace("{t}", topic, StringComparison.Ordinal)
            .Replace("{y}", at.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{m}", at.Month.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    /// <summary>An HTML body of about 250–700 characters of text, in paragraphs of 1–3 sentences.</summary>
    public string Body(Random random)
    {
        var target = random.Next(250, 700);
        var html = new StringBuilder();
        var length = 0;
        while (length < target)
        {
            var paragraph = new StringBuilder();
            for (var i = random.Next(1, 4); i > 0 && length < target; i--)
            {
                var sentence = sentences[random.Next(sentences.Length)];
                paragraph.Append(sentence);
                length += sentence.Length;
            }

            html.Append("<p>").Append(WebUtility.HtmlEncode(paragraph.ToString())).Append("</p>\n");
        }

        return html.ToString();
    }

    private static string Read(Assembly assembly, string name)
    {
        using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>The body's sentences (after the <c>---</c> line), each ending in 。！？ or ；.</summary>
    private static IEnumerable<string> SentencesOf(string file)
    {
        var body = file.ReplaceLineEndings("\n").Split("\n---\n", 2).ElementAtOrDefault(1) ?? string.Empty;
        var current = new StringBuilder();
        foreach (var c in body.Replace("\n", string.Empty, StringComparison.Ordinal))
        {
            current.Append(c);
            if (c is '。' or '！' or '？' or '；')
            {
                if (current.Length >= 12)
                {
                    yield return current.ToString();
                }

                current.Clear();
            }
        }
    }
}
