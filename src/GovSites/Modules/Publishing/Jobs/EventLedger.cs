using GovSites.Modules.Content;
using GovSites.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Publishing.Jobs;

/// <summary>
/// The article events (Content's outbox) a job of a site consumes. An event is marked processed only in the
/// commit after the swap; a crash before that leaves it due, and the next job renders the same pages again.
/// </summary>
public sealed class EventLedger(GovSitesDbContext db)
{
    public const int MaxEventsPerJob = 500;

    /// <summary>The due, unprocessed events of a site, oldest first.</summary>
    public Task<List<ArticleEvent>> DueAsync(int siteId, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.Set<ArticleEvent>().AsNoTracking()
            .Where(e => e.SiteId == siteId && e.ProcessedAt == null && e.DueAt <= now)
            .OrderBy(e => e.Id).Take(MaxEventsPerJob)
            .ToListAsync(cancellationToken);

    /// <summary>The sites with due events, to queue a job for each.</summary>
    public Task<List<int>> SitesWithDueEventsAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        db.Set<ArticleEvent>().Where(e => e.ProcessedAt == null && e.DueAt <= now).Select(e => e.SiteId).Distinct().ToListAsync(cancellationToken);

    /// <summary>
    /// Marks <paramref name="events"/> processed and, for changes of an article at its own site, adds a Placed
    /// event for every other site that shows it (the portal), so that site follows the correction or withdrawal.
    /// Part of the caller's transaction.
    /// </summary>
    public async Task ConsumeAsync(IReadOnlyList<ArticleEvent> events, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (events.Count == 0)
        {
            return;
        }

        var ids = events.Select(e => e.Id).ToList();
        await db.Set<ArticleEvent>().Where(e => ids.Contains(e.Id)).ExecuteUpdateAsync(s => s.SetProperty(e => e.ProcessedAt, now), cancellationToken);
        var own = events.Where(e => e.Kind != ArticleEventKind.Placed).Select(e => e.ArticleId).Distinct().ToList();
        var placements = await db.Set<ArticlePlacement>().AsNoTracking()
            .Where(p => own.Contains(p.ArticleId))
            .Select(p => new { p.ArticleId, p.SiteId }).Distinct()
            .ToListAsync(cancellationToken);
        foreach (var p in placements.OrderBy(p => p.SiteId).ThenBy(p => p.ArticleId))
        {
            db.Add(new ArticleEvent { ArticleId = p.ArticleId, SiteId = p.SiteId, Kind = ArticleEventKind.Placed, DueAt = now, CreatedAt = now });
        }
    }
}
