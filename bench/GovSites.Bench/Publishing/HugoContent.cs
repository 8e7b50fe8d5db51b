using System.Globalization;
using System.Text;
using GovSites.BenchCorpus;

namespace GovSites.Bench.Publishing;

/// <summary>
/// Writes the corpus as the content of a Hugo project (bench/publish/hugo holds its config and layouts):
/// <c>content/&lt;site&gt;/&lt;channel&gt;/&lt;n&gt;.md</c> per article (n = index + 1, as an article id), an
/// <c>_index.md</c> per site (its identity and navigation, rendered with the sitehome layout) and per channel.
/// </summary>
internal static class HugoContent
{
    public static int Write(SyntheticCorpus corpus, string contentDirectory)
    {
        if (Directory.Exists(contentDirectory))
        {
            Directory.Delete(contentDirectory, recursive: true);
        }

        Directory.CreateDirectory(contentDirectory);
        File.WriteAllText(Path.Combine(contentDirectory, "_index.md"), "---\ntitle: \"双牌县政府网站群\"\n---\n");
        var number = 0;
        foreach (var site in SyntheticCorpus.Sites)
        {
            var siteDirectory = Path.Combine(contentDirectory, site.Key);
            Directory.CreateDirectory(siteDirectory);
            File.WriteAllText(Path.Combine(siteDirectory, "_index.md"), SiteIndex(site, ++number));
            foreach (var channel in site.Channels)
            {
                Directory.CreateDirectory(Path.Combine(siteDirectory, channel.Key));
                File.WriteAllText(Path.Combine(siteDirectory, channel.Key, "_index.md"), ChannelIndex(channel));
            }
        }

        var written = 0;
        foreach (var article in corpus.Articles())
        {
            var path = Path.Combine(contentDirectory, article.Site.Key, article.Channel.Key, (article.Index + 1).ToString(CultureInfo.InvariantCulture) + ".md");
            File.WriteAllText(path, Article(article));
            written++;
        }

        return written;
    }

    private static string SiteIndex(CorpusSite site, int number)
    {
        var text = new StringBuilder("---\n");
        text.Append("title: ").Append(Quote(site.Name)).Append('\n');
        text.Append("layout: sitehome\n");
        text.Append("kind: ").Append(Quote(site.Kind)).Append('\n');
        text.Append("domain: ").Append(Quote(site.Key + ".shuangpai.gov.cn")).Append('\n');
        text.Append("sitecode: ").Append(Quote(string.Create(CultureInfo.InvariantCulture, $"431123{number:D4}"))).Append('\n');
        text.Append("sponsor: ").Append(Quote(site.Name)).Append('\n');
        text.Append("operator: ").Append(Quote(site.Name + "办公室")).Append('\n');
        text.Append("phone: \"0746-7722000\"\nemail: \"spzwgk@163.com\"\n");
        text.Append("address: ").Append(Quote("湖南省永州市双牌县" + site.ShortName)).Append('\n');
        text.Append("icp: \"湘ICP备05001234号\"\npolice: \"湘公网安备 43112302000123号\"\n");
        text.Append("nav:\n");
        foreach (var channel in site.Channels.Where(c => c.Parent is null))
        {
            text.Append("  - { key: ").Append(channel.Key).Append(", name: ").Append(Quote(channel.Name)).Append(" }\n");
        }

        return text.Append("---\n").ToString();
    }

    private static string ChannelIndex(CorpusChannel channel) =>
        "---\ntitle: " + Quote(channel.Name) + "\ncolumn: " + Quote(channel.Name) + "\n"
        + (channel.IsSinglePage ? "layout: singlechannel\n---\n本单位主要职责、内设机构和联系方式。\n" : "columntype: \"列表\"\n---\n");

    private static string Article(CorpusArticle article) =>
        string.Create(CultureInfo.InvariantCulture, $"""
            ---
            title: {Quote(article.Title)}
            date: {article.PublishedAt:yyyy-MM-ddTHH:mm:ssZ}
            column: {Quote(article.Channel.Name)}
            source: {Quote(article.Source)}
            author: {Quote(article.Author)}
            kw: {Quote(article.Keywords)}
            description: {Quote(article.Summary)}
            ---

            """) + article.BodyMarkdown();

    private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
