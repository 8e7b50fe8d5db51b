using System.Globalization;
using GovSites.Modules.Content;
using GovSites.Modules.Content.Attachments;
using GovSites.Modules.Sites;
using GovSites.Modules.Templates;
using GovSites.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Publishing.Rendering;

/// <summary>
/// The live articles a site shows: its own articles whose approved revision is live now, and on the portal
/// the articles placed there (采用) crediting their unit. What the public sees is the live revision, never the
/// working copy.
/// </summary>
public sealed class LiveArticleLoader(GovSitesDbContext db, AttachmentStore store)
{
    public const int SummaryLength = 120;

    private sealed record Source(int ArticleId, int OwnerSiteId, int ChannelId, DateTimeOffset PublishedAt, int? CreditUnitId, ArticleRevision Revision)
    {
        public string CreditUnit { get; init; } = "";
    }

    /// <summary>The live pages of <paramref name="articleIds"/> on this site (none for an article withdrawn or not yet due).</summary>
    public async Task<List<LiveArticle>> LoadAsync(SiteContext site, IReadOnlyCollection<int> articleIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var own = await Own(site, now, articleIds).ToListAsync(cancellationToken);
        var placed = await Placed(site, now, articleIds).ToListAsync(cancellationToken);
        return await BuildAsync(site, [.. own, .. await CreditAsync(placed, cancellationToken)], cancellationToken);
    }

    /// <summary>
    /// Every live page of the site, in batches by article id, so a full rebuild never holds all bodies at once.
    /// The keys of the pages (small) are read first, in one query; then each batch's revisions by their ids.
    /// (A "next 200 after this id" query with the join re-read every revision of the site for each batch on
    /// SQLite, which sorted the whole site every time.)
    /// </summary>
    public async IAsyncEnumerable<List<LiveArticle>> StreamAsync(SiteContext site, DateTimeOffset now, int batchSize, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var query in new[] { OwnKeys(site, now), PlacedKeys(site, now) })
        {
            var keys = await query.ToListAsync(cancellationToken);
            var start = 0;
            while (start < keys.Count)
            {
                // A batch ends on a whole article, so an article placed in two channels is not split.
                var end = Math.Min(start + Math.Max(1, batchSize), keys.Count);
                var boundary = end;
                while (boundary > start && boundary < keys.Count && keys[boundary].ArticleId == keys[boundary - 1].ArticleId)
                {
                    boundary--;
                }

                end = boundary > start ? boundary : end;
                while (end < keys.Count && keys[end].ArticleId == keys[end - 1].ArticleId)
                {
                    end++;
                }

                var batch = keys[start..end];
                start = end;
                var revisionIds = batch.Select(k => k.RevisionId).Distinct().ToList();
                var revisions = await db.Set<ArticleRevision>().AsNoTracking().Where(r => revisionIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
                var sources = batch.Select(k => new Source(k.ArticleId, k.OwnerSiteId, k.ChannelId, k.PublishedAt, k.CreditUnitId, revisions[k.RevisionId])).ToList();
                yield return await BuildAsync(site, await CreditAsync(sources, cancellationToken), cancellationToken);
            }
        }
    }

    private sealed record Key(int ArticleId, int OwnerSiteId, int ChannelId, DateTimeOffset PublishedAt, int? CreditUnitId, int RevisionId);

    private IQueryable<Key> OwnKeys(SiteContext site, DateTimeOffset now) =>
        from a in db.Articles.AsNoTracking()
        where a.SiteId == site.SiteId && a.PublishedAt <= now && a.LiveRevisionId != null
        orderby a.Id
        select new Key(a.Id, a.SiteId, a.ChannelId, a.PublishedAt!.Value, null, a.LiveRevisionId!.Value);

    private IQueryable<Key> PlacedKeys(SiteContext site, DateTimeOffset now) =>
        from p in db.Set<ArticlePlacement>().AsNoTracking()
        join a in db.Articles.AsNoTracking() on p.ArticleId equals a.Id
        where p.SiteId == site.SiteId && a.PublishedAt <= now && a.LiveRevisionId != null
        orderby a.Id, p.ChannelId
        select new Key(a.Id, a.SiteId, p.ChannelId, a.PublishedAt!.Value, p.CreditUnitId, a.LiveRevisionId!.Value);

    /// <summary>Filters come before the projection: EF cannot translate a filter on the projected record.</summary>
    private IQueryable<Source> Own(SiteContext site, DateTimeOffset now, IReadOnlyCollection<int> ids) =>
        from a in db.Articles.AsNoTracking()
        join r in db.Set<ArticleRevision>().AsNoTracking() on a.LiveRevisionId equals r.Id
        where a.SiteId == site.SiteId && a.PublishedAt <= now && ids.Contains(a.Id)
        orderby a.Id
        select new Source(a.Id, a.SiteId, a.ChannelId, a.PublishedAt!.Value, null, r);

    private IQueryable<Source> Placed(SiteContext site, DateTimeOffset now, IReadOnlyCollection<int> ids) =>
        from p in db.Set<ArticlePlacement>().AsNoTracking()
        join a in db.Articles.AsNoTracking() on p.ArticleId equals a.Id
        join r in db.Set<ArticleRevision>().AsNoTracking() on a.LiveRevisionId equals r.Id
        where p.SiteId == site.SiteId && a.PublishedAt <= now && ids.Contains(a.Id)
        orderby a.Id, p.ChannelId
        select new Source(a.Id, a.SiteId, p.ChannelId, a.PublishedAt!.Value, p.CreditUnitId, r);

    /// <summary>Placements carry the credited unit's id; the page shows its name (Publishing reads names through the site registry).</summary>
    private async Task<List<Source>> CreditAsync(List<Source> sources, CancellationToken cancellationToken)
    {
        if (!sources.Any(s => s.CreditUnitId is not null))
        {
            return sources;
        }

        var units = (await SiteRegistry.ListAsync(db, cancellationToken)).ToDictionary(e => e.UnitId, e => e.UnitName);
        return [.. sources.Select(s => s.CreditUnitId is { } unit ? s with { CreditUnit = units.GetValueOrDefault(unit, "") } : s)];
    }

    private async Task<List<LiveArticle>> BuildAsync(SiteContext site, List<Source> sources, CancellationToken cancellationToken)
    {
        var ids = sources.Select(s => s.ArticleId).Distinct().ToList();
        var referenced = sources.SelectMany(s => BodyLinks.Referenced(s.Revision.Body)).Distinct().ToList();
        var attachments = await db.Set<Attachment>().AsNoTracking()
            .Where(a => (a.ArticleId != null && ids.Contains(a.ArticleId.Value)) || referenced.Contains(a.Id))
            .ToListAsync(cancellationToken);
        return [.. sources.Select(s => Build(site, s, attachments.Where(a => a.SiteId == s.OwnerSiteId).ToDictionary(a => a.Id)))];
    }

    private LiveArticle Build(SiteContext site, Source s, Dictionary<int, Attachment> usable)
    {
        var channel = site.Channel(s.ChannelId);
        var r = s.Revision;
        var files = new SortedDictionary<int, ReleaseFile>();
        string? Url(int id)
        {
            if (!usable.TryGetValue(id, out var a))
            {
                return null;
            }

            var path = SiteUrls.FilePath(a.Id, Path.GetExtension(a.StoredName).ToLowerInvariant());
            files[a.Id] = new ReleaseFile(a.Id, path, store.PathOf(a.StoredName));
            return site.Urls.Page(path);
        }

        var body = BodyLinks.Rewrite(r.Body, Url);
        var listed = usable.Values.Where(a => a.ArticleId == s.ArticleId && a.Kind != AttachmentKind.Image).OrderBy(a => a.Id)
            .Select(a => new AttachmentLink { Name = a.FileName, Url = Url(a.Id)!, Size = HumanSize(a.Size) }).ToList();
        var row = new PublishedArticle
        {
            SiteId = site.SiteId,
            ArticleId = s.ArticleId,
            ChannelId = channel.Id,
            Path = SiteUrls.ArticlePath(channel.Key, s.ArticleId),
            Title = r.Title,
            PublishedAt = s.PublishedAt,
            Summary = string.IsNullOrWhiteSpace(r.Summary) ? PlainText.Excerpt(r.Body, SummaryLength) : r.Summary.Trim(),
            CreditUnit = s.CreditUnit,
            Files = files.Count == 0 ? "" : "," + string.Join(',', files.Keys) + ",",
        };
        return new LiveArticle(row, r.Subtitle ?? "", r.Source ?? "", r.Author ?? "", r.IssuingBody ?? "", r.DocumentNumber ?? "", r.Keywords ?? "", body, listed, [.. files.Values]);
    }

    private static string HumanSize(long bytes) => bytes switch
    {
        >= 1024 * 1024 => (bytes / 1024d / 1024d).ToString("0.0", CultureInfo.InvariantCulture) + " MB",
        >= 1024 => (bytes / 1024d).ToString("0", CultureInfo.InvariantCulture) + " KB",
        _ => bytes.ToString(CultureInfo.InvariantCulture) + " B",
    };
}
