using GovSites.Modules.Publishing.Planning;
using GovSites.Modules.Publishing.Releases;
using GovSites.Modules.Publishing.Rendering;
using GovSites.Modules.Sites;
using GovSites.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Publishing.Jobs;

/// <summary>
/// Publishes the due article events of a site: renders exactly the pages the planner names into a new release
/// that starts as hard links of the live one, swaps it in, then records the new rows.
/// </summary>
public sealed class IncrementalPublish(GovSitesDbContext db, ReleaseStore store, LiveArticleLoader articles, SiteContextLoader loader, PublishingOptions options)
{
    public sealed record Outcome(ReleaseManifest Manifest, int FileCount, Func<CancellationToken, Task> RecordAsync);

    /// <summary>Null when nothing is due. The caller activates the release, then calls <see cref="Outcome.RecordAsync"/>.</summary>
    public async Task<Outcome?> RunAsync(SiteContext site, DateTimeOffset now, JobProgress progress, CancellationToken cancellationToken)
    {
        var events = await new EventLedger(db).DueAsync(site.SiteId, now, cancellationToken);
        if (events.Count == 0)
        {
            return null;
        }

        var ids = events.Select(e => e.ArticleId).ToHashSet();
        var all = await db.Set<PublishedArticle>().AsNoTracking().Where(p => p.SiteId == site.SiteId).ToListAsync(cancellationToken);
        var before = all.Where(r => ids.Contains(r.ArticleId)).ToList();
        var live = await articles.LoadAsync(site, ids, now, cancellationToken);
        var after = live.Select(a => a.Row).ToList();
        var oldListing = new SiteListing(all);
        var newListing = oldListing.With(ids, after);
        var plan = PagePlanner.Plan(before, after, oldListing, newListing, id => site.HasChannel(id) ? site.Channel(id) : null, options.PageSize);
        progress.SetTotal(plan.Written.Count);

        var writer = store.Begin(site.Key, full: false);
        try
        {
            var renderer = new ReleaseRenderer(site, writer, options, progress.Step);
            live.ForEach(renderer.Article);
            var singles = await SingleBodiesAsync(site, plan.Channels, newListing, now, cancellationToken);
            foreach (var channel in plan.Channels)
            {
                renderer.Channel(channel, newListing, row => singles.GetValueOrDefault(row.ArticleId, ""));
            }

            renderer.SiteWide(newListing, await UnitSiteGroups.ForAsync(site, db, loader, cancellationToken));
            foreach (var path in plan.Removed.Concat(OrphanFiles(writer, before, newListing)))
            {
                writer.Delete(path);
            }

            var manifest = writer.Complete();
            return new Outcome(manifest, writer.FileCount, async ct =>
            {
                await PublishedRows.ReplaceAsync(db, site.SiteId, ids, after, ct);
                await new EventLedger(db).ConsumeAsync(events, now, ct);
            });
        }
        catch
        {
            writer.Abandon();
            throw;
        }
    }

    /// <summary>A single-page channel shows the body of its newest article.</summary>
    private async Task<Dictionary<int, string>> SingleBodiesAsync(SiteContext site, IEnumerable<ChannelInfo> channels, SiteListing listing, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var newest = channels.Where(c => c.Type == ChannelType.SinglePage).Select(c => listing.InChannel(c.Id) is { Count: > 0 } rows ? rows[0] : null).OfType<PublishedArticle>().ToList();
        if (newest.Count == 0)
        {
            return [];
        }

        var loaded = await articles.LoadAsync(site, [.. newest.Select(r => r.ArticleId)], now, cancellationToken);
        return loaded.GroupBy(a => a.Row.ArticleId).ToDictionary(g => g.Key, g => g.First().BodyHtml);
    }

    /// <summary>Files only the changed articles used, and no page of the new release still uses.</summary>
    private static IEnumerable<string> OrphanFiles(ReleaseWriter writer, IEnumerable<PublishedArticle> before, SiteListing listing)
    {
        var used = listing.All.SelectMany(r => FileIds(r.Files)).ToHashSet();
        var filesDirectory = Path.Combine(writer.Directory, "files");
        foreach (var id in before.SelectMany(r => FileIds(r.Files)).Distinct().Where(id => !used.Contains(id)).Order())
        {
            if (Directory.Exists(filesDirectory))
            {
                foreach (var file in Directory.GetFiles(filesDirectory, $"{id}.*").Order(StringComparer.Ordinal))
                {
                    yield return "files/" + Path.GetFileName(file);
                }
            }
        }
    }

    private static IEnumerable<int> FileIds(string files) =>
        files.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(f => int.Parse(f, System.Globalization.CultureInfo.InvariantCulture));
}
