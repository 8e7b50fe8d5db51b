using GovSites.Modules.Organization;
using GovSites.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Sites;

/// <summary>
/// The sites as the public registry shows them (the portal's list of unit sites, by the kind of their unit),
/// for modules that may use Sites but not Organization (Publishing). Holds no access rule: it lists what
/// the public sees anyway.
/// </summary>
public static class SiteRegistry
{
    public sealed record Entry(int SiteId, string Key, string Name, SiteKind Kind, int UnitId, string UnitName, string UnitKindName, int UnitKindOrder);

    public static async Task<List<Entry>> ListAsync(GovSitesDbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.Sites.AsNoTracking()
            .Where(s => s.Status != SiteStatus.Closed)
            .OrderBy(s => s.Kind).ThenBy(s => s.Id)
            .Select(s => new { s.Id, s.Key, s.Name, s.Kind, s.UnitId, UnitName = s.Unit!.Name, UnitKind = s.Unit.Kind })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(s => new Entry(s.Id, s.Key, s.Name, s.Kind, s.UnitId, s.UnitName, s.UnitKind.ToChinese(), (int)s.UnitKind))];
    }
}
