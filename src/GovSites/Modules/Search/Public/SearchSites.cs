using GovSites.Modules.Sites;
using GovSites.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Search.Public;

/// <summary>The site registry as the public search needs it: which site a key or host names, and the filter choices.</summary>
public sealed class SearchSites(GovSitesDbContext db)
{
    public sealed record SiteRef(int Id, string Key, string Name);

    public Task<SiteRef?> ByKeyAsync(string key) =>
        db.Sites.AsNoTracking().Where(s => s.Key == key && s.Status != SiteStatus.Closed).Select(s => new SiteRef(s.Id, s.Key, s.Name)).SingleOrDefaultAsync();

    public Task<SiteRef?> ByHostAsync(string host)
    {
        var lower = host.ToLowerInvariant();
        return db.Sites.AsNoTracking().Where(s => s.Status != SiteStatus.Closed && s.Domains.Any(d => d.Host == lower))
            .Select(s => new SiteRef(s.Id, s.Key, s.Name)).SingleOrDefaultAsync();
    }

    /// <summary>The sites to choose from in a county-wide search: portal first.</summary>
    public async Task<List<(string Key, string Name)>> AllAsync() =>
        (await db.Sites.AsNoTracking().Where(s => s.Status != SiteStatus.Closed).OrderBy(s => s.Kind).ThenBy(s => s.Id)
            .Select(s => new { s.Key, s.Name }).ToListAsync()).Select(s => (s.Key, s.Name)).ToList();

    /// <summary>The channels of a site that hold articles, in the site's order.</summary>
    public async Task<List<(string Key, string Name)>> ChannelsAsync(int siteId) =>
        (await db.Channels.AsNoTracking().Where(c => c.SiteId == siteId && c.Type == ChannelType.List).OrderBy(c => c.SortOrder).ThenBy(c => c.Id)
            .Select(c => new { c.Key, c.Name }).ToListAsync()).Select(c => (c.Key, c.Name)).ToList();
}
