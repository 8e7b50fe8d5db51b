using GovSites.Modules.Sites;
using GovSites.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Bench.Seeding;

/// <summary>The demo county as the app seeded it at start-up: the sites with their list channels, and the staff by user name.</summary>
internal sealed record DemoIds(IReadOnlyList<DemoIds.SiteIds> Sites, IReadOnlyDictionary<string, DemoIds.Staff> Accounts)
{
    public sealed record SiteIds(int Id, string Key, string Name, int UnitId, bool IsPortal, int[] ListChannels)
    {
        /// <summary>泷泊镇人民政府 → 泷泊镇, as titles name a unit.</summary>
        public string ShortName => Name.EndsWith("人民政府", StringComparison.Ordinal) ? Name[..^4] : Name;
    }

    public sealed record Staff(int Id, string DisplayName, int UnitId);

    public SiteIds Site(string key) => Sites.Single(s => s.Key == key);

    public static async Task<DemoIds> LoadAsync(GovSitesDbContext db)
    {
        var channels = await db.Channels.AsNoTracking().Where(c => c.Type == ChannelType.List)
            .Select(c => new { c.Id, c.SiteId }).ToListAsync();
        var sites = await db.Sites.AsNoTracking().OrderBy(s => s.Id).Select(s => new { s.Id, s.Key, s.Name, s.UnitId, s.Kind }).ToListAsync();
        var accounts = await db.Users.AsNoTracking().Select(u => new { u.UserName, u.Id, u.DisplayName, u.UnitId }).ToListAsync();
        return new DemoIds(
            [.. sites.Select(s => new SiteIds(s.Id, s.Key, s.Name, s.UnitId, s.Kind == SiteKind.Portal, [.. channels.Where(c => c.SiteId == s.Id).Select(c => c.Id).Order()]))],
            accounts.ToDictionary(a => a.UserName!, a => new Staff(a.Id, a.DisplayName, a.UnitId)));
    }
}
