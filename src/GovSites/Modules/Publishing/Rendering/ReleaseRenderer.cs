using System.Text;
using GovSites.Modules.Publishing.Planning;
using GovSites.Modules.Publishing.Releases;
using GovSites.Modules.Sites;
using GovSites.Modules.Templates;

namespace GovSites.Modules.Publishing.Rendering;

/// <summary>Renders pages of one site with its theme into a release being written.</summary>
public sealed class ReleaseRenderer(SiteContext site, ReleaseWriter writer, PublishingOptions options, Action? pageDone = null)
{
    private static readonly UTF8Encoding Utf8 = new(false);
    private readonly PageBuilder pages = new(site);

    public void Article(LiveArticle article)
    {
        foreach (var file in article.Files)
        {
            if (!File.Exists(file.Source))
            {
                throw new PublishException($"稿件“{article.Row.Title}”的附件（编号 {file.AttachmentId}）的文件已不存在，无法发布。");
            }

            writer.Link(file.Path, file.Source);
        }

        Page(article.Row.Path, TemplateName.Article, pages.Article(article));
    }

    /// <summary>The list pages (or the single page) and the feed of a channel.</summary>
    public void Channel(ChannelInfo channel, SiteListing listing, Func<PublishedArticle, string> singleBody)
    {
        var rows = listing.InChannel(channel.Id);
        if (channel.Type == ChannelType.SinglePage)
        {
            Page(SiteUrls.ListPath(channel.Key, 1), TemplateName.SinglePage, pages.SinglePage(channel, rows.Count > 0 ? singleBody(rows[0]) : ""));
        }
        else
        {
            // A long channel has hundreds of list pages, and a new article changes all of them: render them on every core.
            var count = PageBuilder.PageCount(rows.Count, options.PageSize);
            Parallel.For(1, count + 1, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism) }, page =>
                Page(SiteUrls.ListPath(channel.Key, page), TemplateName.List, pages.ListPage(channel, rows, page, options.PageSize)));
        }

        writer.Write(SiteUrls.FeedPath(channel.Key), FeedWriter.Rss(site, $"{site.Model.Name} - {channel.Name}", SiteUrls.ListPath(channel.Key, 1), rows.Take(options.FeedItems)));
    }

    /// <summary>Home page, site feed and sitemap: they change with any article.</summary>
    public void SiteWide(SiteListing listing, IReadOnlyList<UnitSiteGroup> unitSites)
    {
        var sections = site.Channels.Where(c => c.Type == ChannelType.List && listing.InChannel(c.Id).Count > 0)
            .Select(c => new HomeSection { Channel = pages.ChannelLink(c), Articles = [.. listing.InChannel(c.Id).Take(options.HomeItems).Select(pages.Link)] })
            .ToList();
        Page(PagePlanner.Home, TemplateName.Home, pages.Home(sections, unitSites));
        writer.Write(PagePlanner.SiteFeed, FeedWriter.Rss(site, site.Model.Name, PagePlanner.Home, listing.Newest(options.FeedItems)));
        var sitemap = new List<(string, DateTimeOffset?)> { (PagePlanner.Home, listing.All.Count > 0 ? listing.All[0].PublishedAt : null) };
        foreach (var channel in site.Channels.Where(c => c.HasPages))
        {
            var rows = listing.InChannel(channel.Id);
            sitemap.AddRange(PagePlanner.ChannelPages(channel, rows.Count, options.PageSize).Select(p => (p, rows.Count > 0 ? rows[0].PublishedAt : (DateTimeOffset?)null)));
        }

        sitemap.AddRange(listing.All.OrderBy(r => r.Path, StringComparer.Ordinal).Select(r => (r.Path, (DateTimeOffset?)r.PublishedAt)));
        writer.Write(PagePlanner.Sitemap, FeedWriter.Sitemap(site, sitemap));
        pageDone?.Invoke();
    }

    /// <summary>What does not depend on articles: the search shell, the 404 page and the theme's files.</summary>
    public void Static()
    {
        Page("_search.html", TemplateName.Search, pages.Search());
        Page("404.html", TemplateName.NotFound, pages.NotFound());
        foreach (var asset in site.Theme.Assets.OrderBy(a => a.Path, StringComparer.Ordinal))
        {
            writer.Write("assets/" + asset.Path.TrimStart('/'), asset.Content);
        }
    }

    private void Page(string path, TemplateName template, PageModel model)
    {
        writer.Write(path, Utf8.GetBytes(site.Theme.Render(template, model)));
        pageDone?.Invoke();
    }
}
