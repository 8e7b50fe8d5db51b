using System.Globalization;
using System.Text;
using System.Xml;

namespace GovSites.Modules.Publishing.Rendering;

/// <summary>
/// RSS 2.0 feeds and the sitemap. Their times come from the articles, never from the build, so the same state
/// gives the same bytes.
/// </summary>
public static class FeedWriter
{
    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };

    public static byte[] Rss(SiteContext site, string title, string path, IEnumerable<PublishedArticle> rows)
    {
        var items = rows.ToList();
        return Xml(w =>
        {
            w.WriteStartElement("rss");
            w.WriteAttributeString("version", "2.0");
            w.WriteStartElement("channel");
            w.WriteElementString("title", title);
            w.WriteElementString("link", site.Urls.AbsolutePage(path));
            w.WriteElementString("description", title);
            w.WriteElementString("language", "zh-CN");
            if (items.Count > 0)
            {
                w.WriteElementString("lastBuildDate", Rfc822(items.Max(i => i.PublishedAt)));
            }

            foreach (var row in items)
            {
                var url = site.Urls.AbsolutePage(row.Path);
                w.WriteStartElement("item");
                w.WriteElementString("title", row.Title);
                w.WriteElementString("link", url);
                w.WriteElementString("guid", url);
                w.WriteElementString("pubDate", Rfc822(row.PublishedAt));
                w.WriteElementString("description", row.Summary);
                if (row.CreditUnit.Length > 0)
                {
                    w.WriteElementString("author", row.CreditUnit);
                }

                w.WriteEndElement();
            }

            w.WriteEndElement();
            w.WriteEndElement();
        });
    }

    /// <summary>sitemap.xml (sitemaps.org 0.9): the home page, channel pages and every article page.</summary>
    public static byte[] Sitemap(SiteContext site, IEnumerable<(string Path, DateTimeOffset? Modified)> pages) => Xml(w =>
    {
        w.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
        foreach (var (path, modified) in pages)
        {
            w.WriteStartElement("url");
            w.WriteElementString("loc", site.Urls.AbsolutePage(path));
            if (modified is { } at)
            {
                w.WriteElementString("lastmod", at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
    });

    private static string Rfc822(DateTimeOffset at) => at.UtcDateTime.ToString("r", CultureInfo.InvariantCulture);

    private static byte[] Xml(Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, Settings))
        {
            writer.WriteStartDocument();
            write(writer);
            writer.WriteEndDocument();
        }

        return stream.ToArray();
    }
}
