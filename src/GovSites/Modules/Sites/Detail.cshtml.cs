using GovSites.Modules.Sites.Rules;
using GovSites.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Sites;

/// <summary>站点详情: the site's settings, identity and filings, and its channel tree, for anyone who may see the site.</summary>
public sealed class SiteDetailModel(SiteAccess access, GovSitesDbContext db) : PageModel
{
    public Site Site { get; private set; } = null!;

    public ChannelTreeView Channels { get; private set; } = null!;

    public int ChannelCount { get; private set; }

    public bool CanManage => access.CanManage;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var site = await access.VisibleSites().Include(s => s.Unit).Include(s => s.Domains).AsNoTracking().SingleOrDefaultAsync(s => s.Id == id);
        if (site is null)
        {
            return this.NotFoundPage();
        }

        Site = site;
        // Unit names only label channels of a site the user may see; they are not themselves restricted.
        var rows = await access.VisibleChannels().Where(c => c.SiteId == id).OrderBy(c => c.SortOrder).ThenBy(c => c.Id)
            .Select(c => new ChannelRow(
                c.Id, c.ParentId, c.Key, c.Name, c.Type, c.Category, c.UpdateMinItems, c.UpdatePeriodDays,
                db.Units.Where(u => u.Id == c.ResponsibleUnitId).Select(u => u.Name).FirstOrDefault()))
            .ToListAsync();
        ChannelCount = rows.Count;
        Channels = new ChannelTreeView(ChannelTree.Build(rows, r => r.Id, r => r.ParentId), id, CanManage);
        return Page();
    }
}
