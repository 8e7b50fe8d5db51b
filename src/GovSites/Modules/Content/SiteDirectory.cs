using GovSites.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Content;

/// <summary>
/// Sites and channels by id, with their names and owning unit, for modules that may use Content but not
/// Sites (Review). It holds no access rule: callers load only ids they have already scoped.
/// </summary>
public sealed class SiteDirectory(GovSitesDbContext db)
{
    public sealed record SiteEntry(int Id, string Name, int UnitId);

    public sealed record ChannelEntry(int Id, int SiteId, string Name);

    /// <summary>Every site, portal first, in the order the site list shows them.</summary>
    public Task<List<SiteEntry>> AllSitesAsync(CancellationToken cancellationToken = default) =>
        db.Sites.AsNoTracking().OrderBy(s => s.Kind).ThenBy(s => s.Id)
            .Select(s => new SiteEntry(s.Id, s.Name, s.UnitId)).ToListAsync(cancellationToken);

    public Task<SiteEntry?> SiteAsync(int id, CancellationToken cancellationToken = default) =>
        db.Sites.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new SiteEntry(s.Id, s.Name, s.UnitId)).SingleOrDefaultAsync(cancellationToken);

    public Task<Dictionary<int, string>> SiteNamesAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken = default) =>
        db.Sites.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);

    public Task<Dictionary<int, string>> ChannelNamesAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken = default) =>
        db.Channels.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);

    /// <summary>The channels of a site in tree order (parents before children, by sort order).</summary>
    public Task<List<ChannelEntry>> ChannelsAsync(int siteId, CancellationToken cancellationToken = default) =>
        db.Channels.AsNoTracking().Where(c => c.SiteId == siteId).OrderBy(c => c.SortOrder).ThenBy(c => c.Id)
            .Select(c => new ChannelEntry(c.Id, c.SiteId, c.Name)).ToListAsync(cancellationToken);
}
