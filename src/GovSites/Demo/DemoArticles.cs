using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text;
using GovSites.Modules.Content;
using GovSites.Modules.Sites;
using GovSites.Platform.Data;
using GovSites.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Demo;

/// <summary>
/// The demo articles, embedded from <c>Demo/Content/*.txt</c>. Each file is a header of
/// <c>key: value</c> lines (site, channel, title, source, author, issuing-body, document-number,
/// published — China time, <c>YYYY-MM-DD HH:MM</c>), a line <c>---</c>, and the body: paragraphs
/// separated by blank lines.
/// </summary>
internal sealed class DemoArticles(GovSitesDbContext db, TimeProvider time)
{
    public async Task<int> SeedAsync(IReadOnlyDictionary<string, Site> sites, CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var file in Load())
        {
            var site = sites[file.Header["site"]];
            var channelKey = file.Header["channel"];
            var channelId = await db.Channels.Where(c => c.SiteId == site.Id && c.Key == channelKey).Select(c => c.Id).SingleAsync(cancellationToken);
            var now = time.GetUtcNow();
            var article = new Article
            {
                SiteId = site.Id,
                ChannelId = channelId,
                Title = file.Header["title"],
                Source = file.Header.GetValueOrDefault("source"),
                Author = file.Header.GetValueOrDefault("author"),
                IssuingBody = file.Header.GetValueOrDefault("issuing-body"),
                DocumentNumber = file.Header.GetValueOrDefault("document-number"),
                Body = file.Body,
                PublishAt = file.PublishedAt,
                RevisionNumber = 1,
                CreatedAt = now,
                UpdatedAt = now,
            };
            db.Articles.Add(article);
            await db.SaveChangesAsync(cancellationToken);
            var revision = ArticleRevision.Of(article, 1, isAutosave: false, savedById: null, savedAt: now);
            db.Set<ArticleRevision>().Add(revision);
            await db.SaveChangesAsync(cancellationToken);

            // The demo county's articles were reviewed before they came here: they start published.
            article.Submit();
            article.Approve(revision.Id, now);
            db.Set<ArticleEvent>().Add(new ArticleEvent { ArticleId = article.Id, SiteId = site.Id, Kind = ArticleEventKind.Published, RevisionId = revision.Id, DueAt = article.PublishedAt!.Value, CreatedAt = now });
            count++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return count;
    }

    internal sealed record ArticleFile(string Name, Dictionary<string, string> Header, string Body, DateTimeOffset PublishedAt);

    internal static IEnumerable<ArticleFile> Load()
    {
        var assembly = Assembly.GetExecutingAssembly();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("GovSites.Demo.Content.", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!, Encoding.UTF8);
            yield return Parse(name, reader.ReadToEnd());
        }
    }

    internal static ArticleFile Parse(string name, string text)
    {
        var parts = text.ReplaceLineEndings("\n").Split("\n---\n", 2);
        if (parts.Length != 2)
        {
            throw new FormatException($"{name}: no '---' line between header and body.");
        }

        var header = parts[0].Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(':', 2))
            .ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.Ordinal);
        var local = DateTime.ParseExact(header["published"], "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        var published = new DateTimeOffset(local, ChinaTime.Zone.GetUtcOffset(local)).ToUniversalTime();
        var body = new StringBuilder();
        foreach (var paragraph in parts[1].Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            body.Append("<p>").Append(WebUtility.HtmlEncode(paragraph.Replace('\n', ' '))).Append("</p>\n");
        }

        return new ArticleFile(name, header, body.ToString(), published);
    }
}
