using GovSites.Modules.Publishing.Rendering;
using GovSites.Modules.Sites;

namespace GovSites.Modules.Publishing.Planning;

/// <summary>What an incremental release writes and deletes.</summary>
/// <param name="Articles">The article pages to render (every live page of the changed articles).</param>
/// <param name="Channels">Channels whose list pages (or single page) and feed are rendered again.</param>
/// <param name="Written">Every path the release writes (except files/), sorted.</param>
/// <param name="Removed">Pages deleted: withdrawn or moved articles, list pages past the new last page.</param>
public sealed record PagePlan(IReadOnlyList<PublishedArticle> Articles, IReadOnlyList<ChannelInfo> Channels, IReadOnlyList<string> Written, IReadOnlyList<string> Removed)
{
    public bool IsEmpty => Written.Count == 0 && Removed.Count == 0;
}

/// <summary>
/// Decides exactly which pages a change of some articles affects: their article pages (and the old path when
/// the channel changed), every list page of every channel they are or were in (portal placements included,
/// as they are rows of the portal), the home page, the site feed, the channel feeds and the sitemap.
/// </summary>
public static class PagePlanner
{
    public const string Home = "index.html";
    public const string SiteFeed = "rss.xml";
    public const string Sitemap = "sitemap.xml";

    /// <param name="before">The rows the live release holds for the changed articles.</param>
    /// <param name="after">The rows the new release will hold for them (none for a withdrawn article).</param>
    public static PagePlan Plan(IReadOnlyList<PublishedArticle> before, IReadOnlyList<PublishedArticle> after, SiteListing oldListing, SiteListing newListing, Func<int, ChannelInfo?> channelOf, int pageSize)
    {
        if (before.Count == 0 && after.Count == 0)
        {
            return new PagePlan([], [], [], []);
        }

        var written = new SortedSet<string>(StringComparer.Ordinal) { Home, SiteFeed, Sitemap };
        var removed = new SortedSet<string>(StringComparer.Ordinal);
        written.UnionWith(after.Select(r => r.Path));
        removed.UnionWith(before.Select(r => r.Path).Where(p => !written.Contains(p)));

        var channels = before.Concat(after).Select(r => r.ChannelId).Distinct().Order()
            .Select(channelOf).OfType<ChannelInfo>().Where(c => c.HasPages).ToList();
        foreach (var channel in channels)
        {
            var pages = ChannelPages(channel, newListing.InChannel(channel.Id).Count, pageSize);
            written.UnionWith(pages);
            written.Add(SiteUrls.FeedPath(channel.Key));
            removed.UnionWith(ChannelPages(channel, oldListing.InChannel(channel.Id).Count, pageSize).Where(p => !pages.Contains(p)));
        }

        return new PagePlan([.. after.OrderBy(r => r.Path, StringComparer.Ordinal)], channels, [.. written], [.. removed]);
    }

    /// <summary>The pages of a channel holding <paramref name="rows"/> articles: a single page, or list pages 1..n.</summary>
    public static IReadOnlyList<string> ChannelPages(ChannelInfo channel, int rows, int pageSize) =>
        channel.Type == ChannelType.SinglePage
            ? [SiteUrls.ListPath(channel.Key, 1)]
            : [.. Enumerable.Range(1, PageBuilder.PageCount(rows, pageSize)).Select(n => SiteUrls.ListPath(channel.Key, n))];
}
