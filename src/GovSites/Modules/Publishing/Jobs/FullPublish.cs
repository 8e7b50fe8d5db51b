using GovSites.Modules.Content;
using GovSites.Modules.Publishing.Releases;
using GovSites.Modules.Publishing.Rendering;
using GovSites.Modules.Sites;
using GovSites.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Publishing.Jobs;

/// <summary>
/// Rebuilds every page of a site into an empty release. Articles are read in batches and rendered in
/// parallel, and only their list rows are kept, so memory stays flat however many articles a site has.
/// </summary>
public sealed class FullPublish(GovSitesDbContext db, ReleaseStore store, LiveArticleLoader articles, SiteContextLoader loader, PublishingOptions options)
{
    public async Task<IncrementalPublish.Outcome> RunAsync(SiteContext site, DateTimeOffset now, JobProgress progress, CancellationToken cancellationToken)
    {
        var events = await new EventLedger(db).DueAsync(site.SiteId, now, cancellationToken);
        progress.SetTotal(await EstimateAsync(site, cancellationToken));
        var writer = store.Begin(site.Key, full: true);
        try
        {
            var renderer = new ReleaseRenderer(site, writer, options, progress.Step);
            var rows = new List<PublishedArticle>();
            var singles = new Dictionary<int, (PublishedArticle Row, string Body)>();
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism), CancellationToken = cancellationToken };
            await foreach (var batch in ReadAhead.OneAhead(articles.StreamAsync(site, now, options.BatchSize, cancellationToken), cancellationToken))
            {
                Parallel.ForEach(batch, parallel, renderer.Article);
                rows.AddRange(batch.Select(a => a.Row));
                KeepNewestSingles(site, batch, singles);
            }

            var listing = new SiteListing(rows);
            foreach (var channel in site.Channels.Where(c => c.HasPages))
            {
                renderer.Channel(channel, listing, row => singles.TryGetValue(row.ChannelId, out var single) && single.Row.ArticleId == row.ArticleId ? single.Body : "");
            }

            renderer.SiteWide(listing, await UnitSiteGroups.ForAsync(site, db, loader, cancellationToken));
            renderer.Static();
            var manifest = writer.Complete();
            return new IncrementalPublish.Outcome(manifest, writer.FileCount, async ct =>
            {
                await PublishedRows.ReplaceAsync(db, site.SiteId, null, rows, ct);
                await new EventLedger(db).ConsumeAsync(events, now, ct);
            });
        }
        catch
        {
            writer.Abandon();
            throw;
        }
    }

    /// <summary>Only the newest article of each single-page channel is shown; bodies of the others are not kept.</summary>
    private static void KeepNewestSingles(SiteContext site, List<LiveArticle> batch, Dictionary<int, (PublishedArticle Row, string Body)> singles)
    {
        foreach (var article in batch.Where(a => site.Channel(a.Row.ChannelId).Type == ChannelType.SinglePage))
        {
            var row = article.Row;
            if (!singles.TryGetValue(row.ChannelId, out var kept) || (row.PublishedAt, row.ArticleId).CompareTo((kept.Row.PublishedAt, kept.Row.ArticleId)) > 0)
            {
                singles[row.ChannelId] = (row, article.BodyHtml);
            }
        }
    }

    /// <summary>For the progress bar: one step per live article, plus the channel and site pages (roughly).</summary>
    private async Task<int> EstimateAsync(SiteContext site, CancellationToken cancellationToken)
    {
        var own = await db.Articles.CountAsync(a => a.SiteId == site.SiteId && a.LiveRevisionId != null, cancellationToken);
        var placed = await db.Set<ArticlePlacement>().CountAsync(p => p.SiteId == site.SiteId, cancellationToken);
        var listPages = (own + placed) / Math.Max(1, options.PageSize);
        return own + placed + listPages + site.Channels.Count + 3;
    }
}
