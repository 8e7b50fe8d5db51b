using GovSites.Modules.Publishing.Rendering;
using GovSites.Modules.Sites;
using GovSites.Modules.Templates;
using GovSites.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Publishing.Jobs;

/// <summary>The portal home lists the unit sites by the kind of their unit (乡镇、县直部门、林场), from the site registry.</summary>
public static class UnitSiteGroups
{
    private static readonly string[] Order = ["乡镇", "街道", "县直部门", "林场"];

    public static async Task<IReadOnlyList<UnitSiteGroup>> ForAsync(SiteContext site, GovSitesDbContext db, SiteContextLoader loader, CancellationToken cancellationToken)
    {
        if (!site.IsPortal)
        {
            return [];
        }

        var entries = (await SiteRegistry.ListAsync(db, cancellationToken)).Where(e => e.Kind == SiteKind.UnitSite).ToList();
        var ids = entries.Select(e => e.SiteId).ToList();
        var sites = await db.Sites.AsNoTracking().Include(s => s.Domains).Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        return [.. entries
            .GroupBy(e => e.UnitKindName)
            .OrderBy(g => Array.IndexOf(Order, g.Key) is var i && i >= 0 ? i : Order.Length).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new UnitSiteGroup
            {
                Name = g.Key,
                Sites = [.. g.Select(e => new UnitSiteLink { Name = e.Name, Url = loader.UrlsOf(sites[e.SiteId]).From(site.Urls) })],
            })];
    }
}
