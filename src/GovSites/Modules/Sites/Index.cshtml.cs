using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Sites;

/// <summary>站点一览: the sites the staff member may see, filtered by kind and status.</summary>
public sealed class SiteListModel(SiteAccess access) : PageModel
{
    public sealed record Row(int Id, string Name, string Key, SiteKind Kind, string UnitName, List<string> Domains, string? SiteCode, SiteStatus Status);

    [BindProperty(SupportsGet = true)]
    public SiteKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public SiteStatus? Status { get; set; }

    public List<Row> Rows { get; private set; } = [];

    public bool CanManage => access.CanManage;

    public bool Filtered => Kind is not null || Status is not null;

    public async Task OnGetAsync()
    {
        var sites = access.VisibleSites();
        if (Kind is { } kind)
        {
            sites = sites.Where(s => s.Kind == kind);
        }

        if (Status is { } status)
        {
            sites = sites.Where(s => s.Status == status);
        }

        Rows = await sites.OrderBy(s => s.Kind).ThenBy(s => s.Unit!.SortOrder).ThenBy(s => s.Id)
            .Select(s => new Row(
                s.Id, s.Name, s.Key, s.Kind, s.Unit!.Name,
                s.Domains.OrderBy(d => d.Id).Select(d => d.Host).ToList(), s.SiteCode, s.Status))
            .ToListAsync();
    }
}
