using GovSites.Modules.Organization;
using GovSites.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Sites;

/// <summary>What the New and Edit site pages share: the posted form and the choices of its drop-downs (_SiteFields.cshtml).</summary>
public abstract class SiteFormPage(UnitAccess unitAccess, GovSitesDbContext db) : PageModel
{
    [BindProperty]
    public SiteForm Input { get; set; } = new();

    public List<SelectListItem> Units { get; private set; } = [];

    public static List<SelectListItem> Kinds() =>
        [.. Enum.GetValues<SiteKind>().Select(k => new SelectListItem(k.ToChinese(), k.ToString()))];

    public static List<SelectListItem> Statuses() =>
        [.. Enum.GetValues<SiteStatus>().Select(s => new SelectListItem(s.ToChinese(), s.ToString()))];

    /// <summary>Units that already have a site are marked, as a unit has at most one (DOMAIN.md §1).</summary>
    protected async Task LoadOptionsAsync(int? siteId)
    {
        // Only the platform admin reaches these pages, and it sees every site; the names just label the list.
        var taken = await db.Sites.Where(s => s.Id != siteId).ToDictionaryAsync(s => s.UnitId, s => s.Name);
        var units = await unitAccess.VisibleUnits().OrderBy(u => u.SortOrder).Select(u => new { u.Id, u.Name }).ToListAsync();
        Units = [.. units.Select(u => new SelectListItem(
            taken.TryGetValue(u.Id, out var site) ? $"{u.Name}（已有站点：{site}）" : u.Name,
            u.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))];
    }
}
